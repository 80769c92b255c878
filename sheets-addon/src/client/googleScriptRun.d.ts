/** The part of the HtmlService client API the sidebar uses (no published types cover it). */
declare namespace google.script {
  interface Runner {
    withSuccessHandler(handler: (value: unknown) => void): Runner;
    withFailureHandler(handler: (error: Error) => void): Runner;
    [serverFunction: string]: unknown;
  }
  const run: Runner;
}
