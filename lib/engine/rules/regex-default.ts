// The regular-expression compiler compilePolicy uses when none is given: re2js. The content
// script's build replaces this module with regex-default-content.ts (wxt.config.ts), so that
// re2js stays out of content.js; the content script passes the background's programs instead.
export { re2Compiler as defaultRegexCompiler } from './regex-re2';
