import { dictionary, type Params } from '@vigil/shared/i18n/dictionary';
import { lang } from '../../i18n.ts';

// The 用户 page's own messages, zh-CN first (the shell's i18n.ts keeps the shared ones).
const zh = {
  title: '用户与角色',
  intro: '每位同事一个账号。角色决定能做什么：一线员工使用扩展，公关负责人维护品牌与口径，法务审阅取证，管理员管理一切。',
  add: '添加用户',
  name: '姓名',
  email: '邮箱',
  role: '角色',
  password: '初始密码（留空自动生成）',
  created: '已创建 {email}，初始密码（只显示这一次）：',
  state: '状态',
  active: '正常',
  disabled: '已停用',
  disable: '停用',
  enable: '启用',
  you: '（你）',
  createdAt: '创建时间',
};
const en: Record<keyof typeof zh, string> = {
  title: 'Users and roles',
  intro: 'One account per colleague. The role decides what they can do: staff use the extension, PR leads maintain brands and replies, legal reviews captures, admins manage everything.',
  add: 'Add user',
  name: 'Name',
  email: 'Email',
  role: 'Role',
  password: 'Initial password (empty: generated)',
  created: 'Created {email}; initial password (shown only this once):',
  state: 'State',
  active: 'active',
  disabled: 'disabled',
  disable: 'Disable',
  enable: 'Enable',
  you: ' (you)',
  createdAt: 'Created',
};

const userText = dictionary(zh, en);
export const ut = (key: keyof typeof zh, params?: Params): string => userText(lang.value, key, params);
