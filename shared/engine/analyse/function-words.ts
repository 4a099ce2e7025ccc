/**
 * Function words (`the scattered corpses / scattered corpses` is `function`, minor). The word list is
 * normalize's (`normalize/function-words.ts`), one home shared by every stage.
 */
export { isFunctionWord } from '../normalize';
