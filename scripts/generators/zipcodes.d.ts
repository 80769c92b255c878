/** The part of npm `zipcodes` (BSD, no types of its own) the sample generator uses. */
declare module 'zipcodes' {
  interface ZipCode {
    readonly zip: string;
    readonly latitude: number;
    readonly longitude: number;
    readonly city: string;
    readonly state: string;
  }
  const zipcodes: { lookup(zip: string): ZipCode | undefined };
  export default zipcodes;
}
