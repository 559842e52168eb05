// What reaches the clerk's terminal is text, never a command to it (issue 15 §3.4):
// a cell holding `_x001B_]0;…_x0007_` decodes to ESC … BEL, which a terminal would
// obey (retitle, clear, move the cursor). Control characters other than line feed
// and tab are shown in Excel's own escape form, `_x001B_`, as the file holds them.
// JSON output is unchanged by this: JSON.stringify already escapes them.

// C0 controls except \t and \n, DEL, and the C1 controls (U+0080–U+009F; U+009B is a one-character CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const hex4 = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/** `s` with every control character a terminal would act on written as `_xHHHH_`. */
export const consoleText = (s: string): string => s.replace(CONTROL, (c) => `_x${hex4(c)}_`);
