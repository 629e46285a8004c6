// Vitest (Vite) loads `?raw` imports as text; only tests use them.
declare module "*?raw" {
  const text: string;
  export default text;
}
