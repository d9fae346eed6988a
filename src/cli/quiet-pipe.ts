/**
 * Imported first by every command-line entry point: a reader that closes the pipe early
 * (`npm run screen -- big.csv | head`) ends the command quietly instead of with a stack trace.
 */
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
