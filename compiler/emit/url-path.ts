/**
 * File names as they appear in what a module says about itself: the `sourceMappingURL` comment
 * and a source map's `file` and `sources` are URLs (resolved against the module's and the map's
 * location), so a name goes in percent-encoded, segment by segment. Nothing in a name can then
 * end the comment (a newline) or change how the URL resolves (`#`, `?`, `%`, `\`).
 *
 * On POSIX a backslash is a character of the name, not a separator; only on Windows does a path
 * use it between segments.
 */
const windows = typeof process !== "undefined" && process.platform === "win32";

/** The path's segments, split where this platform separates them. */
const segments = (path: string): string[] => (windows ? path.split(/[\\/]/) : path.split("/"));

/** A relative or absolute file path as a URL path: each segment percent-encoded, joined by `/`. */
export const urlPath = (path: string): string => segments(path).map(encodeURIComponent).join("/");

/** The last segment of a path (the file's own name). */
export const baseName = (path: string): string => segments(path).pop()!;
