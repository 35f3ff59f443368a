// A host page built with Lit under Trusted Types: its own copy of Lit has
// already created the "lit-html" policy when the widget's script arrives.
window.trustedTypes?.createPolicy('lit-html', { createHTML: (html) => html });
