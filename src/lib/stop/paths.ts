/** Where the official publication lives in the built site. */

/** "stop": dist/stop/<version>/ and dist/stop/<version>.zip */
export const stopDir = "stop";

export function stopZipName(version: string): string {
  return `${version}.zip`;
}

/** The zip's address on the site: "/stop/0.1.zip". */
export function stopZipHref(version: string): string {
  return `/${stopDir}/${stopZipName(version)}`;
}
