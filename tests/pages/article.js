// The host page's own widgets: a menu that handles Esc itself, and a cookie
// banner above everything.
document.getElementById('menu').addEventListener('keydown', (event) => {
  if (event.key === 'Escape') event.preventDefault();
});
const banner = document.getElementById('cookie-banner');
Object.assign(banner.style, {
  position: 'fixed',
  insetInline: '0',
  bottom: '0',
  height: '120px',
  zIndex: '2147483647',
  background: 'rgb(255, 200, 0)',
});
