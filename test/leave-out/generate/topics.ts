/**
 * The made-up fields the generated lists are about: each section its own vocabulary (phrases no
 * other section of the list uses), so that which section a paper fits is a real question, and
 * off-topic fields for the distractors.
 */
export interface SectionTopic {
  name: string;
  /** Phrases its titles and abstracts are made of. */
  phrases: string[];
}

export interface ListTopic {
  title: string;
  /** Where its papers are filed on arXiv, primary first. */
  categories: string[];
  sections: SectionTopic[];
}

export const SPEECH: ListTopic = {
  title: 'Awesome Speech Processing',
  categories: ['eess.AS', 'cs.CL', 'cs.SD'],
  sections: [
    {
      name: 'Speech Recognition',
      phrases: [
        'speech recognition',
        'acoustic model',
        'CTC decoding',
        'transcription',
        'word error rate',
        'ASR',
      ],
    },
    {
      name: 'Speech Synthesis',
      phrases: [
        'text-to-speech',
        'vocoder',
        'prosody',
        'voice cloning',
        'mel spectrogram',
        'speech synthesis',
      ],
    },
    {
      name: 'Speaker Verification',
      phrases: [
        'speaker verification',
        'speaker embedding',
        'anti-spoofing',
        'x-vector',
        'voiceprint',
        'speaker identity',
      ],
    },
  ],
};

export const GRAPHS: ListTopic = {
  title: 'Awesome Graph Learning',
  categories: ['cs.LG'],
  sections: [
    {
      name: 'Graph Neural Networks',
      phrases: [
        'graph neural network',
        'message passing',
        'node classification',
        'oversmoothing',
        'graph convolution',
        'GNN',
      ],
    },
    {
      name: 'Knowledge Graphs',
      phrases: [
        'knowledge graph',
        'link prediction',
        'entity alignment',
        'relation extraction',
        'triple completion',
        'ontology',
      ],
    },
    {
      name: 'Molecular Graphs',
      phrases: [
        'molecular graph',
        'drug discovery',
        'molecule generation',
        'protein ligand',
        'retrosynthesis',
        'chemical property',
      ],
    },
  ],
};

export const REINFORCEMENT: ListTopic = {
  title: 'Awesome Reinforcement Learning',
  categories: ['cs.LG'],
  sections: [
    {
      name: 'Offline RL',
      phrases: [
        'offline reinforcement learning',
        'behavior cloning',
        'conservative Q-learning',
        'logged dataset',
        'distribution shift',
        'offline RL',
      ],
    },
    {
      name: 'Multi-Agent RL',
      phrases: [
        'multi-agent',
        'cooperative agents',
        'credit assignment',
        'decentralized policy',
        'emergent communication',
        'MARL',
      ],
    },
    {
      name: 'Reward Modeling',
      phrases: [
        'reward model',
        'preference learning',
        'human feedback',
        'reward hacking',
        'pairwise comparisons',
        'RLHF',
      ],
    },
  ],
};

export const SHAPES: ListTopic = {
  title: 'Awesome 3D Shapes',
  categories: ['cs.CV'],
  sections: [
    {
      name: 'Point Clouds',
      phrases: ['point cloud', 'LiDAR', 'point completion', 'upsampling', 'point set', 'PointNet'],
    },
    {
      name: 'Radiance Fields',
      phrases: [
        'radiance field',
        'NeRF',
        'novel view synthesis',
        'volume rendering',
        'view-dependent',
        'Gaussian splatting',
      ],
    },
    {
      name: 'Mesh Generation',
      phrases: ['mesh generation', 'triangle mesh', 'UV texture', 'polygon', 'mesh topology', 'remeshing'],
    },
  ],
};

export const ROBOTS: ListTopic = {
  title: 'Awesome Robot Learning',
  categories: ['cs.RO'],
  sections: [
    {
      name: 'Grasping',
      phrases: [
        'grasp detection',
        'robotic grasping',
        'gripper',
        'grasp pose',
        'bin picking',
        'dexterous hand',
      ],
    },
    {
      name: 'Legged Locomotion',
      phrases: ['legged locomotion', 'quadruped', 'gait', 'terrain', 'sim-to-real', 'biped'],
    },
    {
      name: 'Visual Navigation',
      phrases: [
        'visual navigation',
        'embodied agent',
        'room layout',
        'object goal',
        'semantic map',
        'exploration',
      ],
    },
  ],
};

/**
 * Off-topic fields: the distractors every generated list is served among. Most are in cs.* as
 * the lists' papers are, so that the scorer, not the query's categories, must turn them away.
 */
export const OFF_TOPICS: Array<{ category: string; phrases: string[] }> = [
  {
    category: 'cs.CR',
    phrases: ['malware detection', 'side-channel attack', 'access control', 'intrusion detection'],
  },
  {
    category: 'cs.DB',
    phrases: ['query optimization', 'transaction processing', 'index structure', 'join ordering'],
  },
  {
    category: 'cs.NI',
    phrases: ['packet scheduling', 'wireless network', 'congestion control', 'routing protocol'],
  },
  {
    category: 'astro-ph.GA',
    phrases: ['galaxy cluster', 'dark matter halo', 'redshift survey', 'stellar population'],
  },
];
