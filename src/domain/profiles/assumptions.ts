/**
 * METHODOLOGY §5: rules the seeds refer to but do not reproduce. Built-in profiles use these
 * defaults marked as assumptions; the UI marks every value that depends on one, exports name them.
 */
export const ASSUMPTIONS = {
  kciPermissibleTable: {
    kk: 'Үлгілік әдістеменің 3-қосымшасы (НМИ орындалу пайызы → рұқсат етілген балл) актілерде келтірілмеген: ≥100 % → 4–5; 90–99,99 % → 3–4; 70–89,99 % → 2–3; 50–69,99 % → 1–2; < 50 % → 0–1.',
    ru: 'Приложение 3 Типовой методики (процент достижения КЦИ → допустимый балл) в актах не воспроизведено: ≥100 % → 4–5; 90–99,99 % → 3–4; 70–89,99 % → 2–3; 50–69,99 % → 1–2; < 50 % → 0–1.',
    en: 'Typical Methodology Appendix 3 (KCI achievement % → permissible score) is not reproduced in the acts: ≥100 % → 4–5; 90–99.99 % → 3–4; 70–89.99 % → 2–3; 50–69.99 % → 1–2; < 50 % → 0–1.',
  },
  kciCombine: {
    kk: 'НМИ бағалары бағалау парағының балына арифметикалық орта ретінде біріктіріледі.',
    ru: 'Оценки КЦИ сводятся в балл оценочного листа как среднее арифметическое.',
    en: 'KCI scores combine into the sheet’s score as their arithmetic mean.',
  },
  kciCountScaling: {
    kk: '001 §44 ереже 5 НМИ үшін жазылған; басқа санда үлес бойынша қолданылады: 100 % тиімді, ≥80 % тиісті, ≥60 % қанағаттанарлық.',
    ru: 'Правило 001 §44 записано для 5 КЦИ; при другом количестве применяется по доле: 100 % эффективно, ≥80 % надлежащим образом, ≥60 % удовлетворительно.',
    en: 'Rule 001 §44 is written for 5 KCIs; for other counts it applies by share: 100 % effective, ≥80 % proper, ≥60 % satisfactory.',
  },
  rankingCombine: {
    kk: 'Саралау параметрлері тең салмақпен арифметикалық орта ретінде біріктіріледі.',
    ru: 'Параметры ранжирования сводятся как среднее арифметическое с равными весами.',
    en: 'Ranking parameters combine as their arithmetic mean with equal weights.',
  },
  rounding: {
    kk: 'Балдар екі ондық таңбаға дейін жарты жоғары дөңгелектеледі, содан кейін саралауға жатқызылады.',
    ru: 'Баллы округляются до двух знаков по правилу «половина вверх», затем относятся к градации.',
    en: 'Scores are rounded half-up to two decimals, then banded.',
  },
  survey360Scale: {
    kk: 'Әр респондент әр құзыретті 1–5 бағалайды; нәтиже — өзін-өзі бағалаусыз жауаптардың орташа мәні; жалпы нәтиже — құзыреттердің орташа мәні.',
    ru: 'Каждый респондент оценивает каждую компетенцию по шкале 1–5; результат — среднее ответов без самооценки; общий результат — среднее по компетенциям.',
    en: 'Each respondent rates each competency 1–5; the result is the mean of non-self answers; overall is the mean of competencies.',
  },
  pointsAnnualFormula: {
    kk: '2017 жылдық формула (002 §32) суреті жоғалған: жылдық = 0,5 × түрлендірілген тоқсандық орта + 0,5 × жоспар балы, бір ондық таңбаға дейін дөңгелектенеді.',
    ru: 'Изображение годовой формулы 2017 г. (002 §32) утрачено: годовая = 0,5 × пересчитанное среднее за кварталы + 0,5 × балл плана, округление до одного знака.',
    en: 'The 2017 annual formula (002 §32) was an image that is lost: annual = 0.5 × converted quarterly average + 0.5 × plan score, rounded to one decimal.',
  },
  pointsQuarterAverage: {
    kk: '2017 тоқсандық орта саралаулар арасында болса (мысалы, 105,5), саралауға дейін бүтін балға жарты жоғары дөңгелектенеді.',
    ru: 'Среднее за кварталы 2017 г. между градациями (например, 105,5) округляется до целого балла «половина вверх» до отнесения к градации.',
    en: 'A 2017 quarterly average between bands (e.g. 105.5) is rounded half-up to a whole point before banding.',
  },
  pointsQuarterFormula: {
    kk: '2017 тоқсандық формула (002 §26) суреті жоғалған: тоқсандық баға = 100 базалық балл + көтермелеу балдары − айыппұл балдары (әр бұзушылыққа 2 балл, 002 §§16, 22).',
    ru: 'Изображение квартальной формулы 2017 г. (002 §26) утрачено: квартальная оценка = 100 базовых баллов + поощрительные баллы − штрафные баллы (по 2 за каждое нарушение, 002 §§16, 22).',
    en: 'The 2017 quarterly formula (002 §26) was an image that is lost: quarterly score = 100 base points + incentive points − penalty points (2 per violation, 002 §§16, 22).',
  },
  pointsEmptyQuarter: {
    kk: 'Ешбір жазбасы жоқ аяқталған тоқсан 100 базалық балмен бағаланады.',
    ru: 'Завершившийся квартал без единой записи оценивается базовыми 100 баллами.',
    en: 'An ended quarter without any entry is scored at the base 100 points.',
  },
  survey360Anonymity: {
    kk: 'Актілерде тек «анонимно» деп жазылған: құзырет нәтижесі өзін-өзі бағалаусыз кемінде 3 жауап болғанда ғана көрсетіледі.',
    ru: 'В актах сказано лишь «анонимно»: результат по компетенции показывается только при не менее чем 3 ответах без самооценки.',
    en: 'The acts say only “anonymously”: a competency’s result is shown only from 3 answers other than the self-assessment.',
  },
  leastExpressedCount: {
    kk: '004 §37 «ең аз айқындалған құзыреттер» санын атамайды: ең төмен 3 құзырет және профильдегі шектен төмендері.',
    ru: '004 п. 37 не называет числа «наименее выраженных компетенций»: три самые низкие и все ниже порога профиля.',
    en: '004 §37 names no number of “least expressed competencies”: the three lowest, and any below the profile’s threshold.',
  },
  consequenceGrades: {
    kk: '004 §§9–10 және 001 нәтижелердің бонус пен оқыту туралы шешімдерге негіз екенін айтады, бірақ бағаларды атамайды: бонус — «тиімді», оқыту — «қанағаттанарлықсыз».',
    ru: '004 пп. 9–10 и 001 делают результаты основанием решений о бонусах и обучении, но не называют градаций: бонус — «эффективно», обучение — «неудовлетворительно».',
    en: '004 §§9–10 and 001 make the results the ground of decisions on bonuses and training but name no grade: bonus for “effective”, training for “unsatisfactory”.',
  },
  consequences2017Only: {
    kk: 'Тәлімгер болмау және қатарынан екі жыл «қанағаттанғысыз» бағадан кейін төмендету — 2017 жылғы әдістеменің ережелері (002 §§44–45); агенттік оларды қабылдамаса, бұл профильде қолданылмайды.',
    ru: 'Запрет наставничества и понижение после двух лет «неудовлетворительно» подряд — правила методики 2017 г. (002 пп. 44–45); в этом профиле не применяются, пока орган их не примет.',
    en: 'Not being a mentor and demotion after two unsatisfactory years in a row are rules of the 2017 methodology (002 §§44–45); this profile applies them only if the agency adopts them.',
  },
  confidentiality2017: {
    kk: '002 нәтижелерді кім біле алатынын айтпайды: олар 2023 жылғы әдістемелердегідей (004 §§16, 21) құпия сақталады — тек қызметшінің өзіне, бағалаушыға, персоналды басқару қызметінің басшысына.',
    ru: '002 не говорит, кому могут быть известны результаты: они хранятся конфиденциально, как в методиках 2023 года (004 пп. 16, 21), — только сам служащий, оценивающее лицо, руководитель службы управления персоналом.',
    en: '002 does not say who may know the results: they are kept confidential as the 2023 methodologies keep them (004 §§16, 21) — the person, the evaluator and HR’s head only.',
  },
  retention2017: {
    kk: '002 §37 бағалау құжаттарын персоналды басқару қызметінде сақтауды белгілейді, бірақ мерзімін атамайды: 2023 жылғы әдістемелердегідей (004 §15) үш жыл.',
    ru: '002 п. 37 оставляет документы оценки на хранении в службе управления персоналом, но не называет срока: три года, как в методиках 2023 года (004 п. 15).',
    en: '002 §37 keeps the evaluation documents with HR but names no term: three years, as the 2023 methodologies (004 §15).',
  },
  extraEvaluators001: {
    kk: '001 қосымша бағалаушыларды атамайды (барлығын аппарат басшысы бағалайды, §§29–31): 50-ден астам қызметші болғанда жолдарды 004 §32 бойынша бөлуге мүмкіндік қалдырылды.',
    ru: '001 не называет дополнительных оценивающих (всех оценивает руководитель аппарата, пп. 29–31): при более чем 50 служащих строки можно распределить, как в 004 п. 32.',
    en: '001 names no additional evaluators (the apparatus head ranks everyone, §§29–31): above 50 staff the rows can still be shared out as under 004 §32.',
  },
  kciReview: {
    kk: '004 §28 бағалау парағын бағалаушы адамға жібереді, бірақ оны келісу тәртібін белгілемейді: 001 §§45–49 бойынша — тікелей басшы парақты жоғары тұрған басшыға ұсынады, ол келіседі немесе түзетуге қайтарады (екі жұмыс күні ішінде қайта ұсынылады).',
    ru: '004 п. 28 направляет оценочный лист оценивающему лицу, но не устанавливает порядка его согласования: как в 001 пп. 45–49 — непосредственный руководитель вносит лист вышестоящему, тот согласует или возвращает на доработку (повторно — в течение двух рабочих дней).',
    en: '004 §28 sends the KCI sheet to the evaluating person but sets no agreement step: as 001 §§45–49 have it, the direct manager submits it to the superior, who agrees it or returns it for correction (resubmitted within two working days).',
  },
  model2025: {
    kk: 'Үлгілік әдістеменің 2025 жылғы 1 тамыздан бастап қолданылатын редакциясы актілер арасында жоқ: НМИ мен 360 жоқтығы, тоқсаннан кейінгі айдың 20-сы және 30 қаңтар ол туралы жарияланған мәліметтерден алынған.',
    ru: 'Редакции Типовой методики, действующей с 1 августа 2025 года, среди актов нет: отсутствие КЦИ и 360, срок до 20 числа месяца после квартала и до 30 января взяты из опубликованных сведений о ней.',
    en: 'The Typical Methodology as amended from 1 August 2025 is not among the acts: no KCI and no 360, the 20th of the month after the quarter and 30 January follow published accounts of it.',
  },
} as const;

export type AssumptionId = keyof typeof ASSUMPTIONS;
export const ASSUMPTION_IDS = Object.keys(ASSUMPTIONS) as AssumptionId[];
