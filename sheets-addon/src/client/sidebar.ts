import { mountApp } from '../../../ui/mountApp';
import { SheetsHost } from './sheetsHost';

const root = document.getElementById('app');
if (root) void mountApp(root, new SheetsHost());
