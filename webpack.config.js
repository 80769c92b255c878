/**
 * Builds every bundle from the same sources:
 * - dist/excel:   the Excel add-in (task pane page, custom functions, functions.json, manifest, icons);
 * - dist/sheets:  the Apps Script project (Code.js, Sidebar.html, appsscript.json);
 * - dist/preview: the local preview (HyperFormula; GPL-3.0, so it stays out of the two above).
 */
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { stripCatalogueDocs } = require('./scripts/stripCatalogueDocs.cjs');
const { addinUrl, manifestFor } = require('./scripts/addinManifest.cjs');
const { version } = require('./package.json');

const root = __dirname;
const dist = (name) => path.join(root, 'dist', name);

const rules = (target, transformers = {}) => [
  {
    test: /\.ts$/,
    exclude: /node_modules/,
    // Type checking is `npm run typecheck` (tsc -b); the bundles only transpile.
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { target, module: 'ES2022' }, getCustomTransformers: () => transformers },
    },
  },
  { test: /\.css$/, type: 'asset/source' },
];
const common = (target, transformers) => ({
  mode: 'production',
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: rules(target, transformers) },
  performance: { hints: false },
  stats: 'errors-warnings',
});

/** Writes Sidebar.html with the sidebar script inlined: HtmlService serves one file and nothing else. */
class InlineSidebarPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineSidebarPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'InlineSidebarPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const script = compilation
          .getAsset('sidebar.js')
          .source.source()
          .toString()
          .replace(/<\/script/gi, '<\\/script');
        const html = fs
          .readFileSync(path.join(root, 'sheets-addon/src/client/Sidebar.html'), 'utf8')
          .replace('<!-- SCRIPT -->', () => `<script>\n${script}\n</script>`);
        compilation.emitAsset('Sidebar.html', new webpack.sources.RawSource(html));
        compilation.deleteAsset('sidebar.js');
      });
    });
  }
}

const excel = {
  ...common('ES2020'),
  name: 'excel',
  entry: {
    functions: './excel-addin/src/functions.generated.ts',
    taskpane: './excel-addin/src/taskpane.ts',
  },
  output: { path: dist('excel'), filename: '[name].js', clean: false },
  plugins: [
    new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './excel-addin/src/functions.generated.ts' }),
    // Shared runtime: one page hosts the task pane and the custom functions.
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './excel-addin/src/taskpane.html', chunks: ['functions', 'taskpane'] }),
    // The manifest for where dist/excel is hosted: ADDIN_URL (https), else the development server.
    new CopyPlugin({
      patterns: [
        { from: 'manifest.xml', transform: (content) => manifestFor(content.toString(), { url: addinUrl(), version }) },
        { from: 'assets', to: 'assets' },
        { from: 'excel-addin/metadata', to: '.' },
      ],
    }),
  ],
};

const sheetsServer = {
  // Sheets may evaluate all of Code.js before each custom-function call: no catalogue prose in it,
  // and minified; the generated JSDoc stubs (Sheets reads their comments) are appended afterwards.
  ...common('ES2019', { before: [stripCatalogueDocs] }),
  name: 'sheets-server',
  entry: { Code: './sheets-addon/src/server.ts' },
  output: { path: dist('sheets'), filename: '[name].js', library: { name: 'SalesPlanner', type: 'var' }, clean: false },
  plugins: [
    new webpack.BannerPlugin({
      raw: true,
      footer: true,
      include: /^Code\.js$/,
      stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE,
      banner: () =>
        ['sheets-addon/src/functions.generated.js', 'sheets-addon/src/entryPoints.js'].map((file) => fs.readFileSync(path.join(root, file), 'utf8')).join('\n'),
    }),
    new CopyPlugin({ patterns: [{ from: 'appsscript.json' }] }),
  ],
};

const sheetsSidebar = {
  ...common('ES2019'),
  name: 'sheets-sidebar',
  entry: { sidebar: './sheets-addon/src/client/sidebar.ts' },
  output: { path: dist('sheets'), filename: '[name].js' },
  // HtmlService serves one file and nothing beside it: no chunks. Languages come from the server
  // (Messages_<language>.html, written by scripts/writeSidebarMessages.ts), one when needed.
  plugins: [new InlineSidebarPlugin(), new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
};

const preview = {
  ...common('ES2020'),
  name: 'preview',
  entry: { main: './preview/src/main.ts' },
  output: { path: dist('preview'), filename: '[name].js', clean: false },
  plugins: [new HtmlWebpackPlugin({ template: './preview/src/index.html', favicon: './assets/icon-32.png' })],
};

module.exports = [excel, sheetsServer, sheetsSidebar, preview];
