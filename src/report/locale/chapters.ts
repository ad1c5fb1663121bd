/**
 * Chapter headings of templates that number by chapter (the skripsi): the word before the
 * chapter number and the usual title of each chapter naskah writes. In an Indonesian
 * skripsi, BAB III–V are the research method, results and discussion, and conclusions and
 * suggestions; the English forms are those of theses written in English at Indonesian
 * universities.
 */
import type { ChapterWords } from '../numbering.ts';

export type { ChapterWords };

export const en: ChapterWords = {
  chapter: 'CHAPTER',
  titles: {
    methods: 'Research Method',
    results: 'Results and Discussion',
    conclusion: 'Conclusions and Suggestions',
  },
};

export const id: typeof en = {
  chapter: 'BAB',
  titles: {
    methods: 'Metode Penelitian',
    results: 'Hasil dan Pembahasan',
    conclusion: 'Simpulan dan Saran',
  },
};
