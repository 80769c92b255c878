/** Stylesheets are bundled as text and added in a <style> element, so one file serves every host. */
declare module '*.css' {
  const text: string;
  export default text;
}
