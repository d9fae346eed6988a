/**
 * More threads for file writes. A report writes thousands of small files (pages, pack forms and
 * checklists, their folders), and on a slow or shared disk each create waits about a millisecond in
 * one of libuv's threads; with the default four the run mostly waited on the disk (bench/report-bench.ts
 * on the shared disk, sparse sheet: 11.9 s → 6.5 s median with 16). Imported first by the report's
 * entry points, before any file is read asynchronously: libuv sizes its pool once, on first use. A value
 * the user set wins.
 */
process.env.UV_THREADPOOL_SIZE ??= '16';
