// The regular-expression compiler compilePolicy uses when none is given: re2js.
export { re2Compiler as defaultRegexCompiler } from './regex-re2';
