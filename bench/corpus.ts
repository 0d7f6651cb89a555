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

/**
 * Tweet-like templates written for suara: `{m}` a mention, `{h}` a hashtag,
 * `{u}` a link, `{e}` an emoji run, `{n}` a number. Slang and abbreviations
 * as people type them; elongation and ALL CAPS are added at random by
 * {@link tweetPosts}.
 */
const TWEETS = [
  '{m} min jalan di {n} lubangnya makin gede, kapan dibenerin sih {e} {h}',
  'gila antrian samsat pagi ini panjang bgt, udh 2 jam blm dipanggil {e}',
  'makasih {m} udh gercep benerin lampu jalan depan gang kami {e} {h}',
  'air pdam mati lg dari subuh, mandi pake apa coba {e} {u}',
  'wkwkwk sampah di pasar numpuk lagi, petugasnya pada kemana {m}',
  'pelayanan puskesmas skrg ramah bgt, dokternya sabar jelasin {e}',
  'tolong dong {m} parkir liar di trotoar bikin macet tiap sore {h}',
  'bangga sama pemkot, taman kota jd bersih dan adem {e} {h}',
  'knp sih tiap ujan dikit langsung banjir di perumahan kami {e} {u}',
  'info dong {m} jadwal vaksin booster minggu ini di mana aja?',
  'mantap pak wali, jalan ke pantai udh mulus skrg {e}',
  'lapor {m}: pohon tumbang nutup jalan di km {n}, hati2 yg lewat {u}',
  'ga ngerti lagi sama dinas pendidikan, zonasi bikin pusing ortu {h}',
  'alhamdulillah ktp el jadi cuma {n} menit, gak pake calo {e}',
  'bau sampah dari tpa nyampe rumah, kapan ditangani serius {m} {h}',
  'sinyal di kantor kelurahan lemot parah, urus surat aja lama bgt',
  'keren bgt petugas damkar cepet dateng pas kebakaran tadi malem {e} {u}',
  'gak ada sosialisasi tau2 tarif retribusi naik {n} persen, kecewa {e}',
  'lumayan lah sekarang bus kota tepat waktu, cuma ac nya kurang dingin',
  'bukan hoax ya, {m} beneran bagi bibit gratis di balai kota hari ini {h}',
];
const HANDLES = ['pemkot_pgk', 'dishub_pgk', 'diskominfo_pgk', 'dinkes.pgk', 'pdam_tirtabangka', 'satpolpp_pgk', 'dlh_pangkalpinang', 'humas_babel'];
const TAGS = ['PangkalpinangHebat', 'JalanRusak', 'banjirlagi', 'LayananPublik', 'BabelBangkit', 'sampahnumpuk', 'PDAMKeruh', 'terimakasihpetugas'];
const EMOJI = ['😡', '😭', '🙏', '👍🏽', '😂', '🔥', '💪', '😤', '🥰', '👏', '🤦‍♂️', '🇮🇩'];
const B62 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * `count` tweet-like posts: templates above with random mentions (known
 * agency handles and generated user handles), hashtags, unique short links,
 * emoji runs, numbers, vowel elongation (`bangeeet`) on some words and some
 * posts in ALL CAPS, so the vocabulary keeps growing as real streams do.
 */
export function tweetPosts(count: number, seed = 4): string[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const rand = (k: number): string => {
    let s = '';
    for (let i = 0; i < k; i++) s += B62[Math.floor(r() * B62.length)]!;
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = pick(TWEETS)
      .replace(/\{m\}/g, () => '@' + (r() < 0.6 ? pick(HANDLES) : `warga${Math.floor(r() * 5000)}`))
      .replace(/\{h\}/g, () => '#' + pick(TAGS))
      .replace(/\{u\}/g, () => `https://t.co/${rand(10)}`)
      .replace(/\{e\}/g, () => pick(EMOJI).repeat(1 + Math.floor(r() * 3)))
      .replace(/\{n\}/g, () => String(1 + Math.floor(r() * 60)));
    // elongate a vowel of one or two words ("parahhh", "bangeeet")
    t = t.replace(/\b([a-z]{3,})\b/g, (w) => (r() < 0.06 ? w.replace(/([aeiou])(?!.*[aeiou])/, (v) => v.repeat(3 + Math.floor(r() * 4))) : w));
    if (r() < 0.08) t = t.toUpperCase();
    else if (r() < 0.15) t = t.replace(/\b([a-z]{4,})\b/, (w) => w.toUpperCase());
    if (r() < 0.2) t += r() < 0.5 ? '!!!' : ' ...';
    out.push(t);
  }
  return out;
}
