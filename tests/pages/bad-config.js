// A site owner's global configuration with mistakes in it, set before the script.
window.HotlineWidgetConfig = {
  exitUrl: '__EXIT_ORIGIN__/tests/pages/exit-target.html',
  contry: 'GB',
  hotlines: [{ country: 'US', name: '<img src=x onerror=alert(1)>Local line', phone: '+1 555 0100 000' }],
};
