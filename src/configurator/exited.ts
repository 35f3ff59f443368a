/** exited.html: where the preview's quick exit lands, saying where a visitor would now be. */
const query = new URLSearchParams(location.search);
const destination = query.get('to') ?? '';
const address = document.getElementById('destination');
if (address) address.textContent = destination || 'the exit page';
const newTab = document.getElementById('new-tab');
if (newTab) newTab.hidden = query.get('newTab') !== 'true';
