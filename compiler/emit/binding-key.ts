/**
 * A binding's identity, the one value every pass keys its knowledge of bindings by (how often
 * each is written, which are bound at a point of the code, which holds a fixed function): a
 * global by its name, a local by the frame that holds it and its slot, where the frame is
 * numbered by the IR node creating it (FrameIds in facts.ts). Built only here. Its text is
 * `g:name` or `<frame>:<slot>` (the two cannot collide: a frame number has no `g`), so it is
 * a cheap Map key; the brand keeps any other string from passing for one.
 */
declare const brand: unique symbol;
export type Key = string & { readonly [brand]: "binding" };

export const globalKey = (name: string): Key => ("g:" + name) as Key;

export const localKey = (frame: number, slot: number): Key => `${frame}:${slot}` as Key;

export const isGlobalKey = (key: Key): boolean => key.startsWith("g:");

/** What a set! of a name an eval may have defined writes: no binding the emitter can name. */
export const DYN_KEY = "dyn" as Key;
