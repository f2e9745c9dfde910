"""Words that may be inside a keyphrase but never one on their own (folded keys: no
article, alef forms → ا, ى → ي, ة → ه).

The stopword list (``data/stopwords.txt``, read by :mod:`arabtext.lang.stopwords`)
already keeps function words, reporting verbs, time words, number words, months and
weekdays out of keyphrases.  These are the content words of news furniture and time,
the adjectives that describe anything (جديدة, كبير, رسمية) and the units that measure
anything (كلغ, هكتار), that fit any article: ``الموقع`` alone says nothing, ``الموقع الرسمي للوزارة`` may.
"""

from __future__ import annotations

#: Generic news, time and describing words: a keyword of one word is never one of these.
GENERIC_ALONE = frozenset((
    # news furniture
    "خبر", "اخبار", "مصدر", "مصادر", "موقع", "صوره", "صور", "فيديو", "تقرير", "بيان",
    "تصريح", "تصريحات", "مراسل", "وكاله", "صحيفه", "متابعه", "تفاصيل",
    # time
    "يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "عام", "اعوام", "سنه", "سنوات",
    "ساعه", "ساعات", "دقيقه", "دقائق", "فتره", "وقت", "حاليا", "مساء", "صباح", "ليله",
    # adjectives of size, novelty, importance and extent, which describe anything
    "جديد", "جديده", "جدد", "كبير", "كبيره", "كبار", "صغير", "صغيره", "صغار", "هام", "هامه",
    "مهم", "مهمه", "عديد", "عديده", "مختلف", "مختلفه", "كامل", "كامله", "خاص", "خاصه",
    "رسمي", "رسميه", "اخر", "اخري", "اخرين", "جيد", "جيده", "كثير", "كثيره", "قليل", "قليله",
    # ordinals and الأخير, which number anything (الثانية of الرابطة الثانية, الجولة
    # الأخيرة); الأول is a stopword already
    "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه", "خامس", "خامسه", "سادس", "سادسه",
    "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", "عاشر", "عاشره", "اخير", "اخيره",
    # units of weight, length, area, volume and temperature, written out or abbreviated,
    # which measure anything (15 كلغ من القنب, 300 هكتار, 40 مم من الأمطار); not units of
    # power (ميغاواط), which an article on energy may be about
    "كغ", "كلغ", "كيلوغرام", "كيلوغرامات", "غرام", "غرامات", "طن", "اطنان", "كلم", "كيلومتر",
    "كيلومترات", "متر", "امتار", "سم", "سنتيمتر", "مم", "ملم", "مليمتر", "هك", "هكتار",
    "هكتارات", "لتر", "لترات", "درجه", "درجات",
))
