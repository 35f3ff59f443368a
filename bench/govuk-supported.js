// GOV.UK Frontend's documented page set-up: mark the body before its components start.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
