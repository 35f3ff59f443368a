/**
 * The block editor's side of hotline-widget/banner and hotline-widget/checklist: settings in the
 * sidebar and a preview rendered by the server (the same markup as on the page, with the help
 * written in). Plain JavaScript on WordPress's globals, with no build step; the blocks save
 * nothing but their attributes (they are dynamic).
 */
( function ( blocks, element, blockEditor, components, serverSideRender, i18n, lists ) {
	'use strict';
	var el = element.createElement;
	var __ = i18n.__;
	var ServerSideRender = serverSideRender;
	var InspectorControls = blockEditor.InspectorControls;
	var useBlockProps = blockEditor.useBlockProps;
	var PanelBody = components.PanelBody;
	var SelectControl = components.SelectControl;

	function countryControl( props ) {
		return el( SelectControl, {
			label: __( 'Country', 'hotline-widget' ),
			value: props.attributes.country,
			options: [ { value: '', label: __( 'As in the settings', 'hotline-widget' ) }, { value: 'auto', label: __( 'Automatic (the reader\'s)', 'hotline-widget' ) } ].concat( lists.countries ),
			onChange: function ( value ) {
				props.setAttributes( { country: value } );
			},
		} );
	}

	function languageControl( props ) {
		return el( SelectControl, {
			label: __( 'Language', 'hotline-widget' ),
			value: props.attributes.lang,
			options: [ { value: '', label: __( 'As in the settings', 'hotline-widget' ) }, { value: 'auto', label: __( 'Automatic (the reader\'s)', 'hotline-widget' ) } ].concat( lists.languages ),
			onChange: function ( value ) {
				props.setAttributes( { lang: value } );
			},
		} );
	}

	function audienceControl( props ) {
		return el( SelectControl, {
			label: __( 'Who reads it', 'hotline-widget' ),
			value: props.attributes.audience,
			options: [ { value: '', label: __( 'As in the settings', 'hotline-widget' ) } ].concat(
				lists.audiences.map( function ( audience ) {
					return { value: audience, label: audience };
				} )
			),
			onChange: function ( value ) {
				props.setAttributes( { audience: value } );
			},
		} );
	}

	// The blocks' icons, as block.json names them, hidden from assistive technology: a dashicon is a
	// font's private-use character, which Chromium otherwise puts into the accessible name of every
	// control that shows the icon (the inserter's option read "\uF525 Hotline banner").
	function icon( dashicon ) {
		return el( components.Dashicon, { icon: dashicon, 'aria-hidden': true } );
	}

	function edit( name, controls ) {
		return function ( props ) {
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Hotline widget', 'hotline-widget' ) },
						controls.map( function ( control ) {
							return el( control, Object.assign( { key: control.name }, props ) );
						} )
					)
				),
				el( ServerSideRender, { block: name, attributes: props.attributes } )
			);
		};
	}

	blocks.registerBlockType( 'hotline-widget/banner', {
		title: __( 'Hotline banner', 'hotline-widget' ),
		icon: icon( 'phone' ),
		edit: edit( 'hotline-widget/banner', [ countryControl, languageControl ] ),
		save: function () {
			return null;
		},
	} );

	blocks.registerBlockType( 'hotline-widget/checklist', {
		title: __( 'Signs of trafficking checklist', 'hotline-widget' ),
		icon: icon( 'yes-alt' ),
		edit: edit( 'hotline-widget/checklist', [ audienceControl, countryControl, languageControl ] ),
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.serverSideRender, window.wp.i18n, window.hotlineWidgetBlocks || { countries: [], languages: [], audiences: [] } );
