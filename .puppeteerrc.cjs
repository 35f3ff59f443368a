// Browsers come from the system's packages (see ../shared/browsers.md); never download one.
module.exports = { skipDownload: true };
