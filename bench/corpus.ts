/**
 * Bench corpora generated at bench time from sentences written for suara
 * (no dataset text). Deterministic: a fixed-seed PRNG picks and mixes them.
 */

const NEWS = [
  'Dinas Komunikasi dan Informatika Kota Pangkalpinang menggelar rapat koordinasi bersama perangkat daerah pada Senin (3/11/2026) pukul 09.00 WIB.',
  'Pemerintah Kota menyusun rencana perbaikan drainase di Kecamatan Gerunggang dengan anggaran Rp 1,2 miliar dari APBD Perubahan.',
  'Kepala Dinas Kesehatan, dr. H. Ahmad, M.Kes., menyampaikan bahwa cakupan imunisasi anak-anak meningkat 12,5 persen dibanding tahun lalu.',
  'Satpol PP menertibkan pedagang kaki lima di Jl. Merdeka setelah menerima laporan warga melalui kanal pengaduan resmi.',
  'Badan Penanggulangan Bencana Daerah (BPBD) mencatat 140 rumah terdampak banjir akibat hujan deras sejak Sabtu malam.',
  'Pj. Wali Kota meninjau pembangunan pasar tradisional yang ditargetkan rampung pada Desember mendatang.',
  'Pemkab Bangka Tengah meraih opini Wajar Tanpa Pengecualian (WTP) untuk kelima kalinya secara berturut-turut.',
  'Dinas Lingkungan Hidup menambah armada pengangkut sampah sebanyak enam unit untuk melayani kawasan permukiman padat.',
];
const POSTS = [
  'jalan di depan rumah rusak parah gak diperbaiki2 udh 3 bulan 😡 @pemkot tolong dong',
  'mantaaap pelayanan disdukcapil skrg cepet bgt, 15 menit KTP jadi 👍🏽👍🏽',
  'PDAM keruh lagi!!! air kayak kopi susu, bayar tiap bulan tp gini terus #PangkalpinangButuhAir',
  'terima kasih dinkes sudah gercep fogging di RT 05 🙏 semoga DBD cepat hilang',
  'antre di puskesmas dari jam 7 sampe jam 11 blm dipanggil jg, petugasnya judes lagi',
  'wkwkwk lampu jalan mati sebulan, laporan ke dishub dijawab "akan ditindaklanjuti" doang',
  'keren satpol pp tertibkan parkir liar, sekarang jalan lebih lancar :)',
  'pemadaman listrik tiap hari tanpa pemberitahuan, usaha kecil kami rugi. TOLONG PERHATIKAN!!!',
  'sampah numpuk di pasar, bau bgt, DLH kemana aja??',
  'pelayanan rsud depati hamzah ramah2 dan bersih, salut buat perawatnya',
];

/** Mulberry32: tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` short posts, each 1–3 sentences mixing posts and news. */
export function shortPosts(count: number, seed = 1): string[] {
  const r = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = 1 + Math.floor(r() * 2);
    const parts: string[] = [];
    for (let j = 0; j < k; j++) parts.push(POSTS[Math.floor(r() * POSTS.length)]!);
    out.push(parts.join(' '));
  }
  return out;
}

/** `count` long articles of ~`sentences` sentences each. */
export function articles(count: number, sentences = 40, seed = 2): string[] {
  const r = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let j = 0; j < sentences; j++) parts.push(r() < 0.8 ? NEWS[Math.floor(r() * NEWS.length)]! : POSTS[Math.floor(r() * POSTS.length)]!);
    out.push(parts.join(' '));
  }
  return out;
}

/** One text of about `bytes` UTF-8 bytes of mixed news and posts. */
export function mixedText(bytes: number, seed = 3): string {
  const r = prng(seed);
  const parts: string[] = [];
  let len = 0;
  while (len < bytes) {
    const s = r() < 0.5 ? NEWS[Math.floor(r() * NEWS.length)]! : POSTS[Math.floor(r() * POSTS.length)]!;
    parts.push(s);
    len += Buffer.byteLength(s) + 1;
  }
  return parts.join('\n');
}
