import { renderGallery } from './gallery';
import { Host } from './host';
import styles from './styles.css';

/**
 * Starts the shared UI in `root` for a host: the same code runs in the Excel task pane, the Sheets
 * sidebar and the preview.
 */
export async function mountApp(root: HTMLElement, host: Host): Promise<void> {
  if (!document.getElementById('sp-styles')) {
    const style = document.createElement('style');
    style.id = 'sp-styles';
    style.textContent = styles;
    document.head.append(style);
  }
  root.classList.add('sp-app');
  const settings = await host.loadSettings().catch(() => ({}));
  renderGallery(root, host, settings);
}
