/**
 * Identities (spec/vigy.md §6): a vigy's id is the first 16 hex characters of
 * BLAKE3(name ‖ 0x00 ‖ program), so registering the same name and program again is idempotent
 * and any edit makes a new id. A program's content digest (what the compile cache and the
 * journal key a program version by) covers its file name too, since error positions name it.
 */
import { blake3 } from "@noble/hashes/blake3.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

export function vigyId(name: string, program: string): string {
  const n = utf8ToBytes(name);
  const p = utf8ToBytes(program);
  const msg = new Uint8Array(n.length + 1 + p.length);
  msg.set(n, 0);
  msg.set(p, n.length + 1);
  return bytesToHex(blake3(msg)).slice(0, 16);
}

/** A program version: BLAKE3 of the file name it is reported under and its text (32 hex). */
export function programDigest(file: string, program: string): string {
  return bytesToHex(blake3(utf8ToBytes(file + "\0" + program))).slice(0, 32);
}

/** The original's check: 16 hex characters (it says lowercase but accepts uppercase). */
export const looksLikeId = (s: string): boolean => /^[0-9a-fA-F]{16}$/.test(s);
