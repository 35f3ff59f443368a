// GOV.UK Frontend as its documentation says to start it.
import { initAll } from '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js';
initAll();
window.benchReady = true;
