/** The project's data files, read as the tests' ground truth (never the shipped copies). */
import type { Hotline } from '../src/data/types.js';

// Read as files, as a maintainer wrote them (the dev server serves the repository).
const read = async (path: string) => (await fetch(path)).json();
const [africa, americas, asia, europe, oceania, emergency] = await Promise.all([
  ...['africa', 'americas', 'asia', 'europe', 'oceania'].map((name) => read(`/src/data/hotlines/${name}.json`)),
  read('/src/data/emergency.json'),
]);

export interface DataEntry extends Hotline {
  sources: { url: string; supports: string }[];
  checked: string;
  notes?: string;
  notFirst?: string;
}

export const regions = { africa, americas, asia, europe, oceania } as unknown as Record<string, { region: string; hotlines: DataEntry[] }>;
export const allLines: DataEntry[] = Object.values(regions).flatMap((file) => file.hotlines);
export const countries: string[] = [...new Set(allLines.map((line) => line.country))].sort();
export const emergencyData = emergency as unknown as {
  checked: string;
  sources: { url: string; supports: string }[];
  validator: { url: string; supports: string };
  territories: Record<
    string,
    {
      recognised: string[];
      numbers: { number: string; roles: ('all' | 'police' | 'ambulance' | 'fire')[] }[];
      sources: { url: string; supports: string }[];
      checked: string;
      doubt?: string;
      notRecognised?: Record<string, string>;
    }
  >;
};

export const linesOf = (country: string) => allLines.filter((line) => line.country === country);

/** A territory's emergency numbers as the data has them, as the tel: links the widget shows (built in, so shown whatever the files do). */
export const emergencyLinksOf = (country: string) => emergencyData.territories[country]!.numbers.map(({ number }) => `tel:${number}`);

/** The checklist content files that exist, by audience, as the project writes them (with their evidence). */
export interface ChecklistFile {
  audience: string;
  mode: 'observer' | 'staff' | 'self';
  intro: string;
  guidance?: { none: Record<'support24' | 'support' | 'other', string>; some: Record<'support' | 'other', string> };
  categories: { title: string; items: { id: string; text: string; urgent?: string }[] }[];
  rights?: string[];
  checked: string;
  itemSources: Record<string, string[]>;
  sources: Record<string, { title: string; publisher: string; url: string }>;
}
const AUDIENCES = ['public', 'self', 'hospitality', 'transport', 'healthcare', 'finance', 'employer'];
export const checklists: Record<string, ChecklistFile> = Object.fromEntries(
  (
    await Promise.all(
      AUDIENCES.map(async (audience) => {
        const response = await fetch(`/src/data/checklist/${audience}.json`);
        return response.ok ? [[audience, (await response.json()) as ChecklistFile]] : [];
      }),
    )
  ).flat(),
);
