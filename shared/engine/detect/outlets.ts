/**
 * The built-in list of outlets: newspapers, magazines, agencies, broadcasters and the human-rights
 * organisations whose reports the press compilations quote. The project adds its own (`DetectOptions.gazetteer`).
 */

/** One outlet: the name attributions carry, the other ways documents write it, and how strictly to match it. */
export interface OutletEntry {
  /** The canonical name put into `attribution.outlet`, so two documents naming one outlet differently agree. */
  name: string;
  /** Other spellings, translations and transliterations (matched like `name`). */
  aliases?: readonly string[];
  /**
   * The name is also an ordinary word (`time`, `memorial`, `the age`): it matches only when the text writes it
   * with a capital (`Time`, `TIME`), never `at the time`. Acronyms of three letters or fewer are always matched
   * this strictly (`AP` is not `ap`).
   */
  caseSensitive?: boolean;
}

/** Outlets known without configuration. Order does not matter: matching is longest first. */
export const BUILTIN_OUTLETS: readonly OutletEntry[] = [
  { name: 'The Washington Post', aliases: ['Washington Post'] },
  { name: 'The Washington Times', aliases: ['Washington Times'] },
  { name: 'The New York Times', aliases: ['New York Times', 'N.Y. Times', 'NY Times'] },
  { name: 'The Times', aliases: ['Times of London', 'The Times (London)'], caseSensitive: true },
  { name: 'The Sunday Times', aliases: ['Sunday Times'] },
  { name: 'The Independent', aliases: ['Independent on Sunday', 'The Independent on Sunday'], caseSensitive: true },
  { name: 'The Guardian', caseSensitive: true },
  { name: 'The Observer', caseSensitive: true },
  { name: 'The Daily Telegraph', aliases: ['Daily Telegraph', 'The Telegraph'] },
  { name: 'Financial Times' },
  { name: 'The Economist', caseSensitive: true },
  { name: 'The Boston Globe', aliases: ['Boston Globe'] },
  { name: 'Los Angeles Times', aliases: ['LA Times', 'L.A. Times'] },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal'] },
  { name: 'Chicago Tribune' },
  { name: 'The Christian Science Monitor', aliases: ['Christian Science Monitor'] },
  { name: 'USA Today' },
  { name: 'The Age', caseSensitive: true },
  { name: 'Newsweek', aliases: ['Newsweek Magazine', 'Newsweek magazine'] },
  { name: 'Time', aliases: ['Time magazine', 'Time Magazine'], caseSensitive: true },
  { name: 'U.S. News & World Report', aliases: ['US News and World Report', 'U.S. News and World Report'] },
  { name: 'Le Monde', caseSensitive: true },
  { name: 'Le Figaro', caseSensitive: true },
  { name: 'Libération', aliases: ['Liberation'], caseSensitive: true },
  { name: 'Der Spiegel', aliases: ['Spiegel'] },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['Frankfurter Allgemeine', 'FAZ'] },
  { name: 'Izvestia', aliases: ['Izvestiya', 'Izvestiia', 'Известия'] },
  { name: 'Pravda', aliases: ['Правда'], caseSensitive: true },
  { name: 'Komsomolskaya Pravda', aliases: ['Комсомольская правда', 'Komsomolskaia Pravda'] },
  { name: 'Nezavisimaya Gazeta', aliases: ['Независимая газета', 'Nezavisimaia Gazeta'] },
  { name: 'Moscow News', aliases: ['Moskovskiye Novosti', 'Московские новости'] },
  { name: 'Kommersant', aliases: ['Коммерсантъ', 'Коммерсант', 'Kommersant-Daily', 'Kommersant Daily'] },
  { name: 'Svoboda', aliases: ['Свобода'], caseSensitive: true },
  { name: 'Radio Liberty', aliases: ['Radio Free Europe/Radio Liberty', 'RFE/RL', 'Radio Free Europe'] },
  { name: 'Ogonyok', aliases: ['Ogonek', 'Огонёк', 'Огонек'] },
  { name: 'Reuters', aliases: ['Reuter'] },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'] },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'] },
  { name: 'ITAR-TASS', aliases: ['Itar-Tass', 'TASS', 'Tass', 'ИТАР-ТАСС', 'ТАСС'] },
  { name: 'Interfax', aliases: ['Интерфакс'] },
  { name: 'Azerinform' },
  { name: 'AzerTAc', aliases: ['AzerTag', 'AZERTAC'] },
  { name: 'Turan', aliases: ['Turan news agency'], caseSensitive: true },
  { name: 'Armenpress' },
  { name: 'APA', aliases: ['APA news agency'] },
  { name: 'Trend', aliases: ['Trend news agency'], caseSensitive: true },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'] },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu'] },
  { name: 'Kyodo', aliases: ['Kyodo News'] },
  { name: 'RIA Novosti', aliases: ['РИА Новости'] },
  { name: 'Regnum', aliases: ['REGNUM', 'Регнум'] },
  { name: 'BBC', aliases: ['BBC1', 'BBC 1', 'BBC2', 'BBC World Service', 'BBC News', 'British Broadcasting Corporation'] },
  { name: 'CNN' },
  { name: 'ITN', aliases: ['ITV News'] },
  { name: 'Human Rights Watch', aliases: ['Helsinki Watch', 'Human Rights Watch/Helsinki', 'HRW'] },
  { name: 'Amnesty International' },
  { name: 'Memorial', aliases: ['Memorial Human Rights Centre', 'Memorial Human Rights Center', 'Мемориал'], caseSensitive: true },
];
