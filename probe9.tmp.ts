import { createChecker } from './lib/engine/checker';
import { SentenceCache } from './lib/engine/doc';
import { CORE_PACK_PATH, loadPackFile } from './lib/policy/files';
const packs = [loadPackFile(CORE_PACK_PATH), loadPackFile('policies/examples/riverbend.yaml')];
const RISKY = ['Sharing the confidential plan today.','Our nurse cared for Mrs. Alvarez in room 412 after her stroke.','Call me at 555-867-5309 or write to jane.doe@example.org.','This supplement cures diabetes, guaranteed!','Dr. Patel is a fraud and a liar.','#RBHealth #nurses https://example.org/a?b=c @someone'];
let a = ''; for (let i = 1; a.length < 200_000; i++) a += `${RISKY[i % RISKY.length]} Volunteers handed out ${i} bottles at booth ${i % 97}. `;
for (const cap of [10_000, 2_000]) { const c = createChecker(packs, new SentenceCache(cap)); const s = Date.now(); c.check(a, { maxChars: a.length }); console.log(cap, Date.now() - s); }
