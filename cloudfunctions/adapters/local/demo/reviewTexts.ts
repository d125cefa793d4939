// What the editor writes when deciding on a demo lead, and what the reporter answers to a request for more.

/** A request for information and the reporter's answer to it. */
export const INFO_REQUESTS: readonly (readonly [ask: string, answer: string])[] = [
  ['请补充现场照片，最好有人物特写', '照片已补传，有两张是人物近景'],
  ['请补充活动的具体时间和参加人数', '活动是上周六上午九点开始的，参加的有40多人'],
  ['请补充当事人的姓名和联系方式，方便我们采访', '当事人电话已私信发给您，白天都能联系上'],
  ['请说明一下这个消息有没有在别的地方发过', '是我们自己组织的，还没有对外发过'],
];

export const REVIEW_NOTES = {
  reject: ['新闻性不强，建议结合后续进展再报', '照片不清晰且缺少关键信息，暂不采用', '属于日常工作，暂不单独报道'],
  accept: ['线索很好，已安排跟进采写', '采用，请保持联系', null, null],
  lapsed: '长时间未补充信息，本条线索暂不采用',
  merge: '与另一单位报送的同一件事合并处理',
} as const;
