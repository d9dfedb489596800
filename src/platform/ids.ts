/** Record ids: random UUIDs from the platform (the domain never makes its own). */
export const newId = (): string => crypto.randomUUID();
