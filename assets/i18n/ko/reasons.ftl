## Why something was refused or stopped: one message per typed reason of
## the engine (src/i18n/words), for the window and the command line alike.

## Training settings outside their limits

config-error-no-features = 입력 특성을 하나 이상 고르세요
config-error-too-many-layers = 은닉 층이 { $found }개입니다. 은닉 층은 최대 { $max }개까지입니다
config-error-layer-width = 은닉 층 { $layer }의 뉴런이 { $neurons }개입니다. 층마다 뉴런은 1개에서 { $max }개까지입니다
config-error-learning-rate = 학습률 { $value }은(는) 허용 범위 { $min }~{ $max } 밖입니다
config-error-batch-size = 배치 크기 { $value }은(는) 허용 범위 1~{ $max } 밖입니다
config-error-l1 = L1 벌점 계수 { $value }은(는) 허용 범위 0~{ $max } 밖입니다
config-error-l2 = L2 벌점 계수 { $value }은(는) 허용 범위 0~{ $max } 밖입니다
config-error-test-ratio = 테스트 비율 { $value }은(는) 허용 범위 0~{ $max } 밖입니다
config-error-momentum = 모멘텀 μ = { $value }: 0 ≤ μ < 1이어야 합니다
config-error-beta1 = Adam의 β₁ = { $value }: 0 ≤ β₁ < 1이어야 합니다
config-error-beta2 = Adam의 β₂ = { $value }: 0 ≤ β₂ < 1이어야 합니다
config-error-epsilon = Adam의 ε = { $value }: 0보다 커야 합니다

## What the network cannot do, and why training stopped

reason-no-training-points = 훈련 점이 없습니다
reason-add-training-points = 훈련할 점이 없습니다. 점을 추가하세요 (또는 테스트 비율을 낮추세요)
reason-not-differentiable = { $activation ->
        [step] 계단 함수
        [sign] 부호 함수
       *[other] { $activation }
    }에는 그레이디언트가 없습니다. 퍼셉트론 학습 규칙이나 시그모이드를 쓰세요
reason-diverged = 에포크 { $epoch }에서 손실이 발산했습니다 — 학습률을 낮추세요
reason-head-mismatch = 손실 { $loss }와(과) { $output } 출력은 { $classes ->
        [0] 회귀
       *[other] 클래스 { $classes }개
    }에 맞지 않습니다 (이진 크로스 엔트로피는 클래스 2개, 크로스 엔트로피는 클래스가 필요하고, 회귀는 평균 제곱 오차를 씁니다)
reason-no-weight = 층 { $layer }에는 입력 { $input }에서 뉴런 { $neuron }(으)로 가는 가중치가 없습니다
reason-no-bias = 층 { $layer }에는 뉴런 { $neuron }이(가) 없습니다
reason-not-finite = { $value }은(는) 유한한 수가 아닙니다
reason-no-connection = 층 { $layer }에는 입력 { $input }에서 뉴런 { $neuron }(으)로 가는 연결이 없습니다
reason-no-hidden-neuron = 층 { $layer }에는 은닉 뉴런 { $neuron }이(가) 없습니다 (은닉 뉴런만 끌 수 있습니다)
reason-frozen-not-finite = 층 { $layer }의 고정된 가중치가 유한한 수가 아닙니다
reason-saved-weights-mismatch = 층 { $layer }의 꺼진 뉴런 { $neuron }에 저장된 가중치가 신경망에 맞지 않습니다
reason-bad-grid = 출력 격자는 유한해야 하고 한 변에 칸이 1개에서 { $max }개까지여야 합니다 (요청: { $resolution }개)
reason-no-thread = 시스템이 훈련 스레드를 시작하지 못했습니다

## The backprop inspector's sample

inspector-error-out-of-range = 샘플 { $index }은(는) 범위를 벗어났습니다: 데이터에는 점이 { $count }개 있습니다 (0부터 { $last }까지)
inspector-error-test-point = 샘플 { $index }은(는) 테스트 점입니다. 훈련은 테스트 점에서 배우지 않습니다

## The perceptron

perceptron-error-learning-rate = 학습률은 0보다 큰 유한한 수여야 합니다 (받은 값: { $value })
perceptron-error-epoch-limit = 에포크 한도는 1에서 { $limit } 사이여야 합니다 (받은 값: { $found })
perceptron-error-not-classification = 퍼셉트론에는 회귀가 아니라 분류 데이터가 필요합니다
perceptron-error-too-few-classes = 퍼셉트론에는 클래스가 2개 이상 필요합니다. 데이터의 클래스는 { $found }개입니다
perceptron-error-positive-out-of-range = 양성 클래스 { $positive }은(는) 없습니다 (데이터의 클래스는 { $classes }개)
perceptron-error-no-training-points = 데이터에 훈련 점이 없습니다
perceptron-error-unknown-step = 알 수 없는 계단 함수 "{ $name }" (고를 수 있는 것: { $known })

## McCulloch–Pitts networks

logic-error-no-inputs = 신경망에 입력이 없습니다
logic-error-too-many-inputs = 신경망의 입력이 { $found }개입니다. 최대 { $limit }개까지 지원합니다
logic-error-no-outputs = 신경망에 출력 뉴런이 없습니다
logic-error-empty-name = 입력과 뉴런의 이름은 비어 있으면 안 됩니다
logic-error-duplicate-name = 이름 "{ $name }"이(가) 두 번 쓰였습니다
logic-error-unknown-neuron = 뉴런 { $index }이(가) 없습니다 (신경망의 뉴런은 { $count }개)
logic-error-unknown-input = 입력 { $index }이(가) 없습니다 (신경망의 입력은 { $count }개)
logic-error-forward-reference = 뉴런 { $neuron }이(가) 자기보다 앞에 있지 않은 뉴런 { $source }을(를) 읽습니다
logic-error-no-such-connection = 뉴런 { $neuron }에는 { $source }에서 오는 연결이 없습니다
logic-error-input-count = 입력값 { $expected }개가 필요한데 { $found }개를 받았습니다
logic-error-unknown-gate = 알 수 없는 게이트 "{ $name }" (고를 수 있는 것: { $known })

## Files: what the operating system said

file-error-io = { $path }에 접근할 수 없습니다: { $reason }
io-not-found = 그런 파일이나 폴더가 없습니다
io-permission-denied = 권한이 없습니다
io-is-a-directory = 파일이 아니라 폴더입니다
io-storage-full = 디스크가 가득 찼습니다
io-read-only = 읽기 전용 디스크입니다

## What can be wrong with a data file (line and column are 1-based)

data-error-file-too-large = 파일이 { $bytes }바이트입니다. { $limit }바이트보다 큰 파일은 받지 않습니다
data-error-empty = 파일이 비어 있습니다
data-error-header-only = 파일에 머리글 행만 있고 데이터 행이 없습니다
data-error-binary = 텍스트 CSV 파일이 아닙니다 ({ $line }행에 바이너리 데이터가 있습니다)
data-error-unknown-column = 이름이 "{ $name }"인 열이 없습니다 (열: { $available })
data-error-column-out-of-range = { $column }열은 없습니다: 파일의 열은 { $columns }개입니다
data-error-missing-field = { $line }행 { $column }열: 필드가 없습니다 (이 행의 필드는 { $found }개)
data-error-not-a-number = { $line }행 { $column }열: "{ $value }"은(는) 숫자가 아닙니다
data-error-not-finite = { $line }행 { $column }열: "{ $value }"은(는) ±1e15 안의 유한한 수가 아닙니다
data-error-empty-label = { $line }행 { $column }열: 레이블이 비어 있습니다
data-error-too-few-classes = 클래스가 { $found }개입니다. 분류에는 2개 이상이 필요합니다
data-error-too-many-classes = 서로 다른 레이블이 { $found }개입니다. 클래스는 최대 { $limit }개까지 지원합니다 (레이블 열이 맞나요? 회귀 타깃은 아닌가요?)
data-error-too-many-points = 점이 { $limit }개보다 많습니다 ({ $found }개)
data-error-malformed = { $line }행: { $message }
data-error-unclosed-quote = { $line }행: 따옴표로 연 필드가 닫히지 않습니다 (" 하나가 빠졌습니다)
data-error-labels-not-classes = 레이블 열을 클래스로 읽을 수 없습니다
data-error-names-need-header = 열을 이름으로 고르려면 파일에 머리글 행이 있어야 합니다
data-error-label-is-input = { $column }열은 입력이면서 레이블일 수 없습니다: 데이터에는 숫자 열 두 개와 레이블 열 하나가 필요합니다 (파일의 열은 { $columns }개)
data-error-no-such-class = 데이터에 "{ $name }" 클래스가 없습니다
data-error-point-count = 점의 개수는 1에서 { $max } 사이여야 합니다 (받은 값: { $found })
data-error-noise = 잡음은 0에서 1 사이의 수여야 합니다 (받은 값: { $value })
data-error-class-count = { $generator } 데이터의 클래스는 { $min }개에서 { $max }개까지입니다 (받은 값: { $found })
data-error-point-not-finite = 점 { $index }: 값 { $value }은(는) ±1e15 안의 유한한 수가 아닙니다
data-error-point-not-a-class = 점 { $index }: 레이블 { $label }은(는) { $classes }보다 작은 클래스 번호가 아닙니다
data-error-point-scaled-not-finite = 점 { $index }: 표준화한 좌표가 유한하지 않습니다 (저장된 표준화를 확인하세요)
data-error-bad-scaling = 저장된 표준화(평균 { $mean }, 퍼짐 { $spread })에는 유한한 평균과 0보다 큰 퍼짐이 필요합니다

## Session files

session-error-too-large = 파일이 { $bytes }바이트입니다. { $limit }바이트보다 큰 세션은 받지 않습니다
session-error-not-utf8 = 읽을 수 있는 세션이 아닙니다: 파일이 UTF-8 텍스트가 아닙니다
session-error-not-json = 읽을 수 있는 세션이 아닙니다: 파일이 JSON이 아닙니다 ({ $line }행 { $column }열)
session-error-truncated = 읽을 수 있는 세션이 아닙니다: 파일이 잘렸습니다 ({ $line }행 { $column }열에서 끝남)
session-error-not-a-session = 이 JSON 파일은 nnlab 세션이 아닙니다 ("format": "nnlab-session"이 없습니다)
session-error-version = 세션 버전 { $found }은(는) 지원하지 않습니다. 이 nnlab은 버전 { $supported }을(를) 읽습니다
session-error-newer = 세션 버전 { $found }은(는) 지원하지 않습니다. 이 nnlab은 버전 { $supported }을(를) 읽습니다 (더 새로운 nnlab이 쓴 파일입니다)
session-error-damaged = 세션이 손상되었습니다 ({ $line }행 { $column }열): { $detail }
session-error-damaged-in = 세션의 "{ $section }" 부분이 손상되었습니다 ({ $line }행 { $column }열): { $detail }
session-error-progress = 에포크 { $epoch } / 처리한 샘플 { $samples }: 한도 { $max }보다 큽니다
session-error-too-many-checkpoints = 체크포인트가 { $found }개 저장되어 있습니다. 최대 { $max }개까지입니다
session-error-checkpoint-epoch = 체크포인트 { $index }의 에포크는 { $epoch }입니다: 체크포인트의 에포크는 늘어나야 하고 세션의 에포크({ $last })보다 크면 안 됩니다
session-error-checkpoint = 체크포인트 { $index }: { $reason }
session-error-classes = 신경망은 클래스 { $network }개를 예측하는데 데이터의 클래스는 { $dataset }개입니다
session-error-layer-count = 저장된 층은 { $stored }개인데 설정은 { $expected }개를 말합니다
session-error-layer-activation = 층 { $layer }은(는) { $stored }인데 설정은 { $expected }입니다
session-error-layer-shape = 층 { $layer }에는 { $rows }×{ $cols } 가중치와 편향 { $cols }개가 있어야 합니다
session-error-not-finite = 층 { $layer }에 유한하지 않은 값 { $value }이(가) 있습니다
session-error-data = 세션의 데이터가 올바르지 않습니다: { $reason }
session-error-config = 세션의 설정이 올바르지 않습니다: { $reason }
session-error-network = 세션의 신경망이 올바르지 않습니다: { $reason }

## Keras export, training animation, fonts

keras-error-step-activation = 은닉 층 { $layer }의 활성화 함수 { $activation }은(는) Keras가 훈련할 수 없습니다. 이 층에는 tanh, sigmoid, relu, leaky_relu, identity 중 하나를 고르세요
keras-error-no-points = 세션에 내보낼 데이터 점이 없습니다
keras-error-io = { $path }에 쓸 수 없습니다: { $reason }
gif-error-no-checkpoints = 아직 애니메이션으로 만들 체크포인트가 없습니다. 먼저 훈련하세요
gif-error-bad-view = 그림은 한 변이 { $min }~{ $max }픽셀인 유한한 영역이어야 합니다
gif-error-bad-frames = 프레임 { $frames }개를 요청했습니다. 애니메이션은 1개에서 { $max }개까지입니다
gif-error-mismatch = 에포크 { $epoch }의 체크포인트가 신경망의 입력 특성에 맞지 않습니다
gif-error-encode = GIF를 만들 수 없습니다: { $reason }
font-error-unreadable = 읽을 수 있는 글꼴이 아닙니다: { $reason }
