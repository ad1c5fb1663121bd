/**
 * A finding denied before it: by its verb, "tidak menunjukkan hubungan yang signifikan", "tidak
 * ditemukan adanya perbedaan yang bermakna", "tidak terdapat suatu pengaruh"; or by a subject
 * that does not exist, "Tidak ada faktor lingkungan kerja yang berhubungan secara signifikan"
 * (naskah's own manuscripts write this). The relation readers see "hubungan yang signifikan",
 * "adanya perbedaan" or "berhubungan" and, without this, read a claim of a significant result
 * where the sentence denies one.
 */
const DENIED_BEFORE =
  /(?<![\p{L}])(?:(?:tidak|bukan)\s+(?:menunjukkan|memiliki|mempunyai|memberikan|didapatkan|ditemukan|terbukti|terlihat|terdapat|ada)\s+(?:(?:adanya|suatu|sebuah)\s+)?|(?:tidak|tak)\s+(?:ada|terdapat)\s+(?:satu\s+pun\s+)?(?:[\p{L}\p{N}-]+\s+){1,8}yang\s+)$/iu;

/** Does the text right before a relation (from its clause's start) deny it? */
export const deniedBefore = (before: string): boolean => DENIED_BEFORE.test(before.slice(-80));

/**
 * A relation that is the object of an aim or a question: "untuk mengetahui adanya hubungan antara
 * …", "menguji apakah ada pengaruh …". It claims nothing, whatever p the sentence also prints.
 */
const AIMED_BEFORE =
  /(?<![\p{L}])(?:mengetahui|menguji|melihat|menganalisis|mengidentifikasi|menilai|membuktikan|mencari|apakah|tidaknya)\s+(?:(?:apakah|ada\s+tidaknya)\s+)?$/iu;

/** Is the relation right after `before` (from its clause's start) only aimed at, not found? */
export const aimedBefore = (before: string): boolean => AIMED_BEFORE.test(before.slice(-60));
