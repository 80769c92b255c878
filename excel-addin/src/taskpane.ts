import { useMessageLoader } from '../../ui/i18n';
import { loadMessageChunk } from '../../ui/messageChunks';
import { mountApp } from '../../ui/mountApp';
import { ExcelHost } from './excelHost';

useMessageLoader(loadMessageChunk);

// Office.onReady is the page's one entry: the shared runtime loads this page for the task pane and
// the custom functions alike.
Office.onReady(() => {
  const root = document.getElementById('app');
  if (root) void mountApp(root, new ExcelHost());
});
