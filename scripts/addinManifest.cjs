/**
 * The Excel manifest for where a team hosts dist/excel. The checked-in manifest.xml points at the
 * development server (https://localhost:3100); `ADDIN_URL=https://addins.example.com/sales-planner
 * npm run build` writes dist/excel/manifest.xml with that URL in every place and the version of
 * package.json (Office wants four parts: 1.2.3 → 1.2.3.0).
 */
const DEV_URL = 'https://localhost:3100';

/**
 * The add-in's base URL from ADDIN_URL, or the development one; refuses anything Office would not
 * load (add-ins are served over https) or that would break the manifest's URLs.
 */
function addinUrl(env = process.env) {
  const wanted = (env.ADDIN_URL ?? '').trim();
  if (wanted === '') return DEV_URL;
  let url;
  try {
    url = new URL(wanted);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${wanted}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office loads add-ins over https only): ${wanted}`);
  if (url.search || url.hash || /["<>&']/.test(wanted)) throw new Error(`ADDIN_URL must be a plain folder URL, without query, fragment or quotes: ${wanted}`);
  return url.href.replace(/\/+$/, '');
}

/** Office's four-part version from package.json's three: 1.2.3 → 1.2.3.0. */
function manifestVersion(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json's version must be major.minor.patch, not ${version}`);
  return `${version}.0`;
}

/** The manifest with every development URL replaced by `url` and its version set. */
function manifestFor(xml, { url, version }) {
  return xml
    .split(DEV_URL)
    .join(url)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

module.exports = { DEV_URL, addinUrl, manifestFor, manifestVersion };
