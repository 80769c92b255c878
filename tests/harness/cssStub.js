// Stylesheets are text for the pane's <style>; tests do not lay anything out.
module.exports = '';
