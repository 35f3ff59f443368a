// Browsers come from the system's packages (the README's "Two commands"); never download one.
module.exports = { skipDownload: true };
