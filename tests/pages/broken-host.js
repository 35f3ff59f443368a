// A host page that broke custom elements before the widget loaded: everything
// after the widget's first statements fails, and the way out must still work.
customElements.define = () => {
  throw new Error('this host page replaced customElements.define');
};
