/**
 * Ends a build that must not go on, before Astro has read or written anything, with our message as
 * the only output. A build step that throws would have Astro print its own English lines around
 * the message ("An unhandled error occurred while running the hook", a location, a stack).
 */
export function stopBuild(report: string): never {
  process.stderr.write(`\n${report}\n`);
  process.exit(1);
}
