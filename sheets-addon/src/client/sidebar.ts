import { mountApp } from '../../../ui/mountApp';
import { SheetsHost } from './sheetsHost';
// The sidebar is one HTML file: it carries every language's messages.
import '../../../core/i18n/catalogues';

const root = document.getElementById('app');
if (root) void mountApp(root, new SheetsHost());
