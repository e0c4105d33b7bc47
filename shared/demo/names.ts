import type { Rng } from './random';

// Common surnames, weighted by repetition; includes surnames with a special reading (单 shan, 曾 zeng, 解 xie, 仇 qiu).
const SURNAMES = (
  '王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴吴周周徐徐孙孙马马朱朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单单解仇'
).split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌鹏辉建国志宏文博晓晨欣怡子涵浩宇俊杰思远婷雪梅海峰立新春生卫东红梅国庆'.split('');

export function personName(rng: Rng): string {
  const surname = rng.pick(SURNAMES);
  const len = rng.chance(0.7) ? 2 : 1;
  let given = '';
  for (let i = 0; i < len; i++) given += rng.pick(GIVEN);
  return surname + given;
}

const ORGS = [
  '钟楼区人民医院', '钟楼区实验小学', '钟楼区第二中学', '常州市第一人民医院', '钟楼区市场监督管理局',
  '西林街道办事处', '南大街街道办事处', '新闸街道社区卫生服务中心', '钟楼区工商联', '江苏某律师事务所',
  '钟楼区文化馆', '钟楼区科技局', '邹区镇人民政府', '荷花池街道综合执法局', '常州大学', '钟楼区妇幼保健院',
];
const COMPANY_WORDS = ['恒达', '瑞丰', '永兴', '天合', '华利', '新城', '运河', '龙城', '博远', '金鼎', '嘉泰', '锦程'];
const COMPANY_KINDS = ['科技有限公司', '机械制造有限公司', '建设集团有限公司', '物流有限公司', '电子有限公司', '商贸有限公司'];
const POSTS = ['主任', '副主任', '院长', '副院长', '校长', '副校长', '科长', '主任医师', '教师', '律师', '研究员', '总经理', '董事长', '副总经理', '社区书记'];

export function unitAndPost(rng: Rng): string {
  const org = rng.chance(0.35)
    ? `常州${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_KINDS)}`
    : rng.pick(ORGS);
  return `${org}${rng.pick(POSTS)}`;
}

export function mobilePhone(rng: Rng): string {
  const prefix = rng.pick(['130', '133', '135', '136', '138', '139', '150', '151', '158', '159', '180', '186', '187', '189', '199']);
  return prefix + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
