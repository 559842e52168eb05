// Types of scripts/sideload.js (CommonJS, run by scripts/start.js and stop.js).
export type SideloadPlan = { message: string; code: number; run?: undefined } | { run: string[]; message?: undefined; code?: undefined };
export function plan(command: "start" | "stop", platform?: string, cli?: string | null): SideloadPlan;
export function main(command: "start" | "stop"): never;
export const LINUX_START: string;
export const LINUX_STOP: string;
