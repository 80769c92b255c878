import { useMessageLoader } from '../../../ui/i18n';
import { mountApp } from '../../../ui/mountApp';
import { loadSidebarMessages, SheetsHost } from './sheetsHost';

// HtmlService serves the sidebar as one file: it carries no language's messages, and fetches the
// one it speaks from the server (a file of the project each) in one round trip.
useMessageLoader(loadSidebarMessages);
const root = document.getElementById('app');
if (root) void mountApp(root, new SheetsHost());
