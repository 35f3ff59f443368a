// A stand-in for a tag manager's "Custom HTML" tag (Google Tag Manager's, for
// docs/gtm.md), loaded in the head of /embed/tag-manager.html. It adds the
// tag in <template id="tag"> to the page the way tag managers do: scripts set
// through innerHTML never run, so each <script> is made again with
// document.createElement and inserted, in order, the next one only after an
// external one has loaded; the rest of the markup goes in as it is. The query
// says when (`fire`: page-view, as early as the container runs, while the page
// is still being parsed; dom-ready; window-loaded), what a script keeps
// (`copy`: all its attributes, or only its src), and how often (`times`).
(() => {
  const query = new URLSearchParams(location.search);
  const fire = query.get('fire') || 'page-view';
  const keepAll = query.get('copy') !== 'src';
  const times = Number(query.get('times') || 1);

  function remade(old) {
    const script = document.createElement('script');
    if (keepAll) for (const { name, value } of old.attributes) script.setAttribute(name, value);
    else if (old.hasAttribute('src')) script.setAttribute('src', old.getAttribute('src'));
    script.async = false;
    script.text = old.text;
    return script;
  }

  async function addTag() {
    const tag = document.getElementById('tag').content.cloneNode(true);
    // At the end of <body>; while the page is still in its <head>, at the end of that.
    const parent = document.body || document.head;
    for (const node of [...tag.childNodes]) {
      if (node.nodeName !== 'SCRIPT') {
        parent.append(node);
        continue;
      }
      const script = remade(node);
      const done = script.src
        ? new Promise((resolve) => {
            script.addEventListener('load', resolve);
            script.addEventListener('error', resolve);
          })
        : null;
      parent.append(script);
      await done;
    }
  }

  async function addAll() {
    for (let time = 0; time < times; time++) await addTag();
  }

  if (fire === 'dom-ready') document.addEventListener('DOMContentLoaded', addAll, { once: true });
  else if (fire === 'window-loaded') window.addEventListener('load', addAll, { once: true });
  else addAll();
})();
