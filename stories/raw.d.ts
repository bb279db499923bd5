/** Vite's `?raw` imports (the pre-rendered files of dist/html/ in the stories): the file's text. */
declare module '*?raw' {
  const text: string;
  export default text;
}
