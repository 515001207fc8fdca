# nnlab의 한국어 메시지. en/labs.ftl과 같은 키, 같은 인수를 둡니다. 규칙(키 이름,
# 인수, 수식, 도움말 풍선)과 문자열을 더하는 방법은 assets/i18n/README.md에
# 있습니다. 용어는 교재 한국어판의 표준 용어를 따르고, 코드에서 만나는
# 영어 용어는 괄호에 둡니다(예: 밀집 층(Dense)). 수식은 영어판과 같습니다.
# 한국어에는 복수형이 없으므로 { $n -> [one] … } 선택은 쓰지 않습니다.

## Menus and tabs

menu-language = 언어(Language)
menu-export-keras = Keras로 내보내기
menu-export-keras-script = Keras 스크립트…
menu-export-keras-notebook = 주피터 노트북(Jupyter notebook)…
menu-export-keras-script-hover = 이 신경망과 데이터, 훈련 설정을 읽고 실행할 수 있는 Keras 프로그램으로 씁니다(python MODEL.py, Keras 3의 어느 백엔드든 됩니다)
menu-export-keras-notebook-hover = 같은 Keras 코드를 주피터 노트북 셀로, 결정 경계 그림과 함께 씁니다

tab-network = 신경망
tab-logic = 논리 뉴런
tab-perceptron = 퍼셉트론
tab-compare = 퍼셉트론 대 로지스틱 회귀

## Concept notes (the notes themselves are in notes.toml)

notes-toggle = 개념 노트
notes-heading = 개념 노트
notes-close-hover = 노트 닫기

## Shared by the labs

lab-data = 데이터
lab-data-and = AND (점 4개)
lab-data-or = OR (점 4개)
lab-data-xor = XOR (점 4개)
lab-data-blobs = 분리 가능한 점 무리
lab-data-iris-setosa = 붓꽃 꽃잎: setosa 대 나머지
lab-data-iris-species = 붓꽃 꽃잎: 3개 품종
lab-data-custom = 내 점 (클릭해서 추가)
lab-run = 실행
lab-pause = 일시 정지
lab-reset = 초기화
lab-pace-hover = 실행 속도
plane-last-sample = 마지막 샘플

## The labs' status bar

status-running = 실행 중
status-paused = 일시 정지됨
status-logic-neurons = 뉴런 { $count }개
status-logic-neurons-hover = 신경망의 매컬록–피츠 뉴런
status-logic-table = 진리표: { $rows }행 중 { $ok }행이 목표와 일치
status-logic-table-hover = 출력이 목표 열과 같은 행
status-logic-error-hover = 신경망을 계산할 수 없는 이유
status-perceptron-running-hover = 실행은 정한 속도로 샘플을 하나씩 처리합니다
status-epoch = 에포크 { $epoch }
status-epoch-hover = 샘플 전체를 한 번 다 도는 횟수
status-samples = 샘플 { $samples }
status-samples-hover = 초기화 이후 규칙에 보인 샘플 수
status-updates = 업데이트 { $updates }
status-updates-hover = 가중치를 바꾼 샘플(잘못 분류된 샘플) 수
status-last-errors = 지난 에포크의 오류 { $errors }
status-last-errors-hover = 마지막으로 끝난 에포크에서 잘못 분류된 샘플 수
status-converged = { $epochs } 에포크 만에 수렴
status-not-separable = 선형 분리 불가능
status-verdict-hover = 퍼셉트론 학습 규칙이 알아낸 것
status-compare-running-hover = 실행은 정한 속도로 라운드를 진행합니다
status-rounds = 라운드 { $rounds }
status-rounds-hover = 라운드마다: 퍼셉트론 1 에포크와 로지스틱 회귀의 경사 하강 10스텝
status-perceptron-acc = 퍼셉트론 정확도 { $percent }%
status-perceptron-acc-hover = 퍼셉트론 직선의 올바른 쪽에 있는 점의 비율
status-logistic-loss = 로지스틱 손실 { $loss }
status-logistic-loss-hover = 로지스틱 회귀의 평균 크로스 엔트로피: 점들이 분리 가능한 동안 계속 줄어듭니다
status-logistic-acc = 로지스틱 정확도 { $percent }%
status-logistic-acc-hover = 0.5 등고선의 올바른 쪽에 있는 점의 비율

## Logic neurons lab

logic-network = 신경망:
logic-custom = 직접 만들기
logic-inputs = 입력 (클릭해서 바꾸기):
logic-no-output-yet = 아직 출력 뉴런이 없습니다 (처음 추가한 뉴런이 출력입니다)
logic-legend-excitatory = 흥분성 연결
logic-legend-inhibitory = 억제성 연결: 활성 연결 하나가 발화를 막습니다
logic-legend-output = 출력 뉴런
logic-legend-rule = 활성 억제성 연결이 없고 활성 흥분성 연결이 θ개 이상이면 뉴런이 발화합니다.
logic-diagram-neuron = 그림 속 뉴런 { $name }
logic-diagram-neuron-hover = 클릭하면 { $name }의 임곗값 θ와 들어오는 연결을 편집합니다
logic-truth-table = 진리표 (모든 입력 조합)
logic-no-table = 아직 진리표가 없습니다: { $reason }.
logic-target = 목표
logic-check = 일치
logic-target-hover = 클릭해서 목표 바꾸기
logic-yes = 예
logic-no = 아니요
logic-vetoed = 억제됨
logic-rows-match = { $rows }행 중 { $ok }행이 목표와 일치합니다.
logic-add-input = 입력 추가
logic-add-input-hover = 다음 입력을 추가합니다: A와 B 다음은 C
logic-add-input-limit = 이 실습의 입력은 최대 { $limit }개입니다 (A, B, C)
logic-add-neuron = 뉴런 추가
logic-add-neuron-first = 뉴런을 추가해서 시작하세요.
logic-edit-neuron = 뉴런 편집:
logic-threshold = 임곗값 θ
logic-output = 출력
logic-remove = 삭제
logic-lines-into = 들어오는 연결 (입력과 앞선 뉴런에서만):
logic-line-none = 없음
logic-line-excitatory = 흥분성
logic-line-inhibitory = 억제성

## Perceptron lab

perceptron-step = 계단 함수
step-heaviside = 헤비사이드(heaviside)
step-sign = 부호(sign)
perceptron-eta-hover = 학습률: Δw = η(y − ŷ)x
perceptron-step-sample = 샘플 하나 진행
perceptron-step-epoch = 1 에포크 진행
perceptron-pace-unit = 샘플/초
perceptron-click-to-add = 클릭하면 이 클래스의 점을 추가합니다:
perceptron-previous-boundary = 이전 결정 경계
perceptron-boundary = 결정 경계
perceptron-cannot-train = 아직 훈련할 수 없습니다: { $reason }.
perceptron-unit-next = 다음 샘플에서의 유닛
perceptron-unit = 유닛
perceptron-unit-zero-shown = (유닛 0을 보입니다. 클래스마다 유닛이 하나씩 있고, 각각 그 클래스의 색으로 그립니다)
perceptron-progress = 에포크 { $epoch } · 본 샘플 { $samples } · 업데이트 { $updates }
# $factor is "" or "2·" (the sign function's factor).
perceptron-novikoff = 노비코프: R = { $radius } (가장 긴 (x, 1)), γ = { $margin } (단위 벡터 (w, b)의 가장 넓은 마진, 편향은 입력 1의 가중치), 따라서 w = 0에서 시작하면 업데이트는 최대 { $factor }(R/γ)² = { $limit }번입니다.
perceptron-novikoff-plane = 같은 직선을 평면에서 재면 가장 가까운 점까지 { $distance }입니다 (|(w, b)|에 b도 넣는 γ보다 큽니다).
perceptron-updates-so-far = 지금까지 업데이트: 최대 { $limit }번 중 { $updates }번.
perceptron-novikoff-per-unit = 노비코프의 상한은 유닛마다 자기의 두 클래스 문제에 적용됩니다.
perceptron-novikoff-none = 이 점들을 가르는 직선이 없으므로(마진 γ > 0 없음) 노비코프의 상한(퍼셉트론 수렴 이론)은 적용되지 않습니다.
perceptron-converged = { $epochs } 에포크 만에 수렴했습니다.
perceptron-not-separable = 이 점들을 가르는 직선은 없습니다 — 그래서 은닉 층이 필요합니다.
perceptron-detected-cycle = 에포크 { $epoch } 시작의 가중치가 에포크 { $first } 시작의 가중치와 같아서 알아냈습니다.
perceptron-detected-limit = 한도인 { $epochs } 에포크가 지나도 여전히 틀려서 알아냈습니다.
perceptron-open-in-network = 이 데이터를 신경망 보기에서 열기 (은닉 층 하나)
perceptron-updates-heading = 업데이트: { $updates } (잘못 분류된 샘플마다 한 행)
perceptron-col-epoch = 에포크
perceptron-col-unit = 유닛
perceptron-col-w = w 전 -> 후
perceptron-col-b = b 전 -> 후
perceptron-heaviside-formula = 헤비사이드 H(z): z ≥ 0이면 1, 아니면 0
perceptron-sign-formula = 부호 sign(z): z > 0이면 +1, z < 0이면 −1
perceptron-errors-per-epoch = 에포크별 오류
perceptron-errors = 오류

## Perceptron vs logistic regression lab

compare-intro = 둘 다 w = 0에서 시작합니다. 라운드마다: 퍼셉트론 1 에포크, 그리고 로지스틱 회귀의 경사 하강 10스텝.
compare-perceptron-heading = 퍼셉트론: 딱 잘린 직선, 출력은 0 또는 1
compare-perceptron-line = 퍼셉트론 직선
compare-logistic-heading = 로지스틱 회귀: p(y = 1 | x) = σ(w·x + b), 0.5 등고선
compare-pace-unit = 라운드/초
compare-step-round = 1 라운드 진행
compare-logistic-eta = 로지스틱 η
compare-round = 라운드 { $round }
compare-no-data = 데이터 없음
compare-status = 상태: { $status }
perceptron-status-training = 훈련 중
perceptron-status-converged = { $epochs } 에포크 만에 수렴, 업데이트 { $updates }번
perceptron-status-not-converged = 수렴하지 않음: 클래스가 선형 분리 가능하지 않을 수 있습니다 ({ $epochs } 에포크 후 멈춤, 업데이트 { $updates }번)
perceptron-status-cycle = 순환: 에포크 { $epoch } 시작의 가중치가 에포크 { $first } 시작의 가중치와 같으므로 훈련은 결코 수렴하지 않습니다. 클래스가 선형 분리 가능하지 않습니다 (업데이트 { $updates }번)
compare-accuracy-margin = 훈련 정확도 { $percent }% · 가장 가까운 점까지의 거리 { $margin }
compare-perceptron-facts = 클래스 확률도 규제도 없습니다. 훈련 오류가 없는 첫 직선에서 멈추며, 그 직선이 점들에 아무리 가까이 지나가도 마찬가지입니다.
compare-needs-two-classes = 클래스 두 개와 점이 하나 이상 필요합니다.
compare-gradient-steps = 경사 하강 { $steps }스텝 (라운드마다 { $per_round }) · 손실 { $loss } · |w| { $norm }
compare-logistic-facts = 확률을 줍니다(음영). 모든 점이 매 스텝 계속 당기므로 손실은 계속 줄고, |w|는 커지며, 직선은 더 큰 마진 쪽으로 계속 움직입니다.

## Files: dialogs, loads and saves

files-filter-all = 모든 파일
files-filter-session = nnlab 세션
files-filter-lesson = nnlab 수업
files-filter-png = PNG 이미지
files-filter-gif = GIF 애니메이션
files-no-network-yet = 아직 신경망이 없습니다. 잠시 기다려 주세요
files-cannot-save-yet = 아직 저장할 수 없습니다 ({ $reason }). 잠시 후 다시 해 보세요
# A file's name or path, then what is wrong with it.
files-path-error = { $path }: { $error }
files-saved-points = 점 { $points }개를 { $path }에 저장했습니다
files-saved-session = 세션을 { $path }에 저장했습니다
files-filter-keras = Keras 프로그램
files-keras-refused = Keras로 내보낼 수 없습니다: { $reason }
files-keras-written = { $paths }에 썼습니다. python으로 실행하세요(Keras 3의 어느 백엔드든 됩니다)
files-keras-failed = Keras 내보내기에 실패했습니다: { $reason }
files-saved-image = 이미지를 { $path }에 저장했습니다
files-cannot-save-image = 이미지를 저장할 수 없습니다: { $reason }
files-screenshot-size = 화면 캡처의 크기가 맞지 않습니다
files-choose-title = 파일 선택
files-no-dialog-service = 파일 대화상자 서비스(xdg-desktop-portal 또는 zenity)를 찾지 못했습니다.
files-type-path = 경로를 입력하거나 파일을 창에 끌어다 놓으세요.
files-ok = 확인

## Files nnlab will not write or read (the reason follows the file's name)

file-refusal-folder = 파일이 아니라 폴더입니다
file-refusal-not-a-file = 일반 파일이 아니라 파이프, 장치 또는 소켓입니다
file-refusal-no-reader = 아무것도 읽지 않는 파이프입니다
file-refusal-dangling-link = 존재하지 않는 파일을 가리키는 링크입니다
file-refusal-outside-folder = 수업 폴더 밖을 가리킵니다
export-data-file-taken = { $path } 파일이 이미 있고 nnlab이 쓴 파일이 아닙니다: 내보낼 이름을 다르게 정하세요

## The CSV import window

import-title = { $file } 가져오기
import-import = 가져오기
import-cancel = 취소
import-reading = { $megabytes } MB 읽는 중…
import-header = 첫 행은 머리글
import-delimiter = 구분자
import-comma = 쉼표
import-semicolon = 세미콜론
import-tab = 탭
import-x1-column = x₁ 열
import-x2-column = x₂ 열
import-label-column = 레이블 열
import-labels = 레이블
import-task-auto = 자동
import-task-classes = 클래스
import-task-regression = 회귀 타깃
import-standardize = 입력 표준화 (평균 0, 분산 1)
import-crashed = 파일을 읽다가 뜻밖에 멈췄습니다. 지금 데이터는 그대로입니다

## Autosave and the restore dialog

recovery-autosave-failed = 자동 저장 실패: { $reason }
recovery-just-now = 1분 안쪽 전
recovery-minutes-ago = { $minutes }분 전
recovery-hours-ago = { $hours }시간 전
recovery-earlier = 이전에
recovery-heading = 작업을 복원할까요?
recovery-text = 지난번에 nnlab이 제대로 닫히지 않았습니다. 데이터, 신경망, 설정이 { $when } 자동 저장되었습니다.
recovery-restore = 복원
recovery-discard = 버리기
recovery-discard-hover = 자동 저장된 세션 삭제

## The training animation (GIF)

gif-epoch-label = 에포크 { $epoch } · 손실 { $loss }

## The command line: messages (flags, values and JSON keys stay English)

cli-error = 오류: { $error }
cli-error-window = 오류: 창을 열 수 없습니다: { $reason }
cli-window-program-missing = 오류: 창 프로그램 { $path }이(가) 이 프로그램과 같은 폴더에 없습니다. 그 폴더에서 실행하거나 명령을 주세요 (nnlab --help 참고)
cli-window-program-failed = 오류: 창 프로그램 { $path }을(를) 시작할 수 없습니다: { $reason }
cli-see-help = (nnlab --help 참고)
cli-file-with-command = 오류: { $file }은(는) 창에서 여는 파일입니다. 명령과 함께 쓸 수 없습니다
cli-wrote = { $path }에 썼습니다
cli-backprop-neuron-why = 뉴런 { $neuron }: { $why }
cli-data-generator-options = --points, --noise, --classes는 생성된 데이터셋에 쓰며 --data에는 쓰지 않습니다
cli-train-dataset-line = 데이터셋 { $name }: 점 { $points }개 (훈련 { $train }, 테스트 { $test }), { $task }
cli-train-regression = 회귀
cli-train-classes = 클래스 { $count }개 ({ $names })
cli-train-no-hidden = (은닉 층 없음)
cli-train-network-line = 신경망 { $shape } { $activation }, 손실 { $loss }, { $optimizer } η={ $lr } 배치 { $batch }
cli-train-trained-line = { $epochs } 에포크를 { $seconds }초에 훈련 (초당 { $rate }M 샘플), 모두 { $total } 에포크
cli-train-accuracy = {"  "}정확도 { $percent }%
cli-train-train-loss = 훈련 손실 { $loss }{ $accuracy }
cli-train-test-loss = 테스트 손실 { $loss }{ $accuracy }
cli-train-wrote-gif = 훈련 애니메이션을 { $path }에 썼습니다
cli-train-session-options = --session과 함께는 --lr, --batch, --optimizer, --l1, --l2, --epochs, --save, --json만 쓸 수 있습니다 (데이터와 신경망은 세션에서 옵니다)
cli-train-bad-width = --hidden: "{ $value }"은(는) 층의 너비가 아닙니다
cli-perceptron-no-class = --positive: 클래스 "{ $name }"이(가) 없습니다 (클래스: { $classes })
cli-perceptron-unit = 유닛 { $unit } ({ $class })
cli-perceptron-accuracy = 훈련 정확도 { $percent }%
cli-perceptron-novikoff = 업데이트 { $updates } ≤ 노비코프 상한 { $limit } (R = { $radius }, 최대 마진 γ = { $margin })
cli-perceptron-prediction = 예측: { $class }
cli-perceptron-not-class = { $class } 아님
cli-perceptron-bad-point = --predict에는 두 수 X,Y가 필요한데 "{ $value }"을(를) 받았습니다
cli-predict-class = ({ $x }, { $y })에서 클래스 { $class }
cli-predict-value = ({ $x }, { $y })에서 값 { $value }
cli-predict-bad-point = --at "{ $value }": 두 수 X,Y가 필요합니다
cli-predict-bad-number = --at "{ $value }": "{ $number }"은(는) 유한한 수가 아닙니다
cli-lesson-builtin-broken = 내장 수업 { $name }: { $error }
cli-lesson-steps = { $steps }단계
cli-lesson-ok = 정상: 수업 { $lessons }개, { $steps }단계
cli-predict-beyond-limit = --at "{ $value }": { $number }은(는) nnlab이 받는 가장 큰 좌표 ±{ $limit }을(를) 넘습니다
cli-train-bad-frames = --frames { $frames }: 애니메이션의 프레임 수는 1부터 { $max }까지입니다
cli-data-classes-not-for = --classes는 { $dataset }에 쓸 수 없습니다: 클래스 수를 고를 수 있는 데이터셋은 spiral과 blobs뿐입니다
cli-data-gate-fixed = { $option }은(는) { $dataset }에 쓸 수 없습니다: 게이트의 진리표는 언제나 네 꼭짓점입니다
cli-export-data-file-taken = { $path } 파일이 이미 있고 nnlab이 쓴 파일이 아닙니다: 다른 --out을 정하거나, 바꾸려면 --force를 붙이세요

## The command line: --help (commands, arguments, headings)

cli-about = nnlab: 논리 뉴런부터 다층 퍼셉트론(MLP)까지, 인공 신경망을 위한 네이티브 실습 도구.
cli-heading-usage = 사용법:
cli-heading-commands = 명령
cli-heading-arguments = 인수
cli-heading-options = 옵션
cli-flag-help = 도움말 출력
cli-possible-values = [가능한 값: { $values }]
cli-default-value = [기본값: { $value }]
cli-value-file = 파일
cli-value-file-gif = 파일.gif
cli-value-actions-json = 행동.json
cli-value-col = 열
cli-value-name = 이름
cli-value-list = 목록
cli-value-lang = 언어
cli-value-class = 클래스
cli-value-format = 형식
cli-value-gate = 게이트
cli-value-path = 경로
cli-flag-version = 버전 출력
cli-arg-file = 창에서 열 CSV 데이터셋 또는 세션 파일
cli-arg-lang = 메시지와 도움말의 언어: en 또는 ko (기본값: 시스템 로케일, LANG/LC_ALL)
cli-arg-json = 마지막 줄에 JSON 객체 하나를 출력
cli-about-train = 다층 퍼셉트론을 훈련하고 손실과 정확도를 보고
cli-about-perceptron = 퍼셉트론 학습 규칙으로 로젠블랫의 퍼셉트론을 훈련
cli-about-logic = 매컬록–피츠 신경망의 진리표를 출력
cli-about-bench = 훈련, 격자 계산, 실시간 루프, CSV 가져오기의 속도를 측정
cli-about-lesson = 내장 수업 목록을 보이거나, 수업 파일을 검사하거나, 창 없이 수업을 진행
cli-about-lesson-list = 내장 수업 목록
cli-about-lesson-check = 창을 열지 않고 수업 파일(또는 모든 내장 수업)을 검사
cli-about-backprop = 저장된 세션의 샘플 하나에 대한 훈련 스텝 하나를 보임: 정방향 계산, 손실, 델타, 그레이디언트(역전파)
cli-about-predict = 저장된 신경망이 한 점에서 내는 답 (원래 좌표)
cli-about-export = 세션을 Keras 스크립트나 Jupyter 노트북으로 저장
cli-arg-dataset = 내장 데이터셋 (and, or, xor: 게이트의 점 4개짜리 진리표)
cli-arg-data = CSV 파일 (머리글은 선택, 쉼표·세미콜론·탭 구분)
cli-arg-x = 첫째 입력의 열 (머리글 이름, 또는 0부터 세는 번호)
cli-arg-y = 둘째 입력의 열 (머리글 이름, 또는 0부터 세는 번호)
cli-arg-label = 레이블 또는 타깃의 열 (머리글 이름, 또는 0부터 세는 번호; 기본값: 마지막 열)
cli-arg-standardize = 입력을 평균 0, 분산 1로 표준화
cli-arg-points = 생성할 점의 수
cli-arg-noise = 생성할 데이터의 잡음, 0부터 1
cli-arg-classes = 클래스 수 (나선 팔, 점 무리)
cli-arg-lr = 학습률 η
cli-train-features = 입력 특성, 쉼표로 구분 (예: x1,x2,x1^2)
cli-train-hidden = 은닉 층의 너비, 쉼표로 구분 (은닉 층이 없으면 "none")
cli-train-activation = 은닉 층의 활성화 함수 (기본값 tanh)
cli-train-loss = 손실 (auto: 회귀는 mse, 2 클래스는 bce, 그 이상은 ce)
cli-train-optimizer = 옵티마이저
cli-train-batch = 미니배치 크기
cli-train-epochs = 이번 실행에서 훈련할 에포크 수
cli-train-l1 = L1 규제 비율 λ₁
cli-train-l2 = L2 규제 비율 λ₂
cli-train-test-ratio = 테스트용으로 떼어 둘 점의 비율 (기본값 0.25; 게이트는 없음)
cli-train-seed = 데이터, 분할, 초기 가중치, 섞기의 시드
cli-train-session = 저장된 세션을 이어서 훈련
cli-train-save = 끝나면 세션을 저장
cli-train-gif = 실행의 체크포인트에 걸친 결정 경계를 애니메이션 GIF로 저장
cli-train-frames = GIF의 프레임 수 (로그 간격의 에포크)
cli-perceptron-positive = 이 클래스(이름 또는 번호) 대 나머지 전부로 TLU 하나를 훈련
cli-perceptron-step = 계단 함수 (heaviside는 목표 1/0, sign은 +1/−1)
cli-perceptron-max-epochs = 이만큼의 에포크 동안 수렴하지 않으면 멈춤
cli-perceptron-shuffle = 에포크마다 샘플을 섞음 (시드 고정)
cli-perceptron-seed = 생성할 데이터와 섞기의 시드
cli-perceptron-predict = 훈련 뒤 점 X,Y(데이터의 단위)를 분류
cli-perceptron-trace = 모든 업데이트를 JSON 한 줄씩 출력
cli-logic-gate = 신경망
cli-logic-json = 행의 JSON 목록 {"{"}"inputs": [..], "output": 0|1{"}"} 출력
cli-bench-quick = 짧게 실행 (간단한 확인용; 수치는 대략적)
cli-bench-check = 수치가 목표에 못 미치면 실패 (종료 상태 1)
cli-bench-json = 마지막 줄에 모든 수치를 담은 JSON 객체 하나를 출력
cli-lesson-list-json = 마지막 줄에 {"{"}"id", "title", "steps"{"}"}의 JSON 배열을 출력
cli-lesson-check-file = 수업 파일 (TOML)
cli-lesson-check-builtin = 모든 내장 수업을 검사
cli-lesson-check-json = 마지막 줄에 {"{"}"ok": true, "lessons": N, "steps": N{"}"}을 출력 (실패하면 먼저 {"{"}"ok": false, "line", "column", "error"{"}"})
cli-backprop-session = 신경망과 데이터를 가져올 저장된 세션
cli-backprop-sample = 점의 번호, 세션 파일의 순서대로 (테스트 점도 됩니다: 훈련에 쓰이지는 않지만 그레이디언트를 보여 줍니다)
cli-predict-session = 답할 신경망의 세션
cli-predict-at = 점, 데이터의 원래 좌표로
cli-predict-json = JSON 객체 하나를 출력: {"{"}"probabilities": [...], "class": "NAME"{"}"} 또는 {"{"}"value": V{"}"}
cli-export-format = keras (.py 스크립트) 또는 notebook (.ipynb 노트북)
cli-export-session = 내보낼 세션
cli-export-out = 스크립트나 노트북을 쓸 곳
cli-export-force = nnlab이 쓰지 않은 파일이어도 스크립트 옆의 데이터 파일을 바꿈
perceptron-epoch-axis = 에포크

## 뉴런 실습 (누설 적분 발화 뉴런)과 `nnlab neuron`

tab-neuron = 뉴런
tab-neuron-hover = 발화하는 생물학적 뉴런: 입력 뉴런이 구동하는 누설 적분 발화 모델, 동시 도착, 매컬록–피츠 뉴런, 헤브의 규칙
neuron-drive-rates = 무작위 발화율
neuron-drive-rates-hover = 입력 뉴런마다 평균 발화율(Hz)에 따라 무작위로 발화합니다. 활동 전위가 우연히 가까이 도착할 때 뉴런이 발화하는 것을 보세요
neuron-drive-coincidence = 동시 도착 시행
neuron-drive-coincidence-hover = 입력 뉴런마다 80 ms 시행에 한 번, 고른 시각에 발화합니다. 입력이 얼마나 가까이 도착해야 하는지 찾아보세요. 옆에 매컬록–피츠 뉴런으로 읽은 결과가 나옵니다
neuron-pause-hover = 시계를 멈춤 (활동 전위는 그 자리에 멈춤)
neuron-run-hover = 슬라이더의 속도로 시계를 움직임
neuron-speed-unit = 모델 ms/초
neuron-speed-hover = 1초 동안 흐르는 모델 시간(ms): 1이면 느린 동작(축삭돌기를 따라 4 ms 이동하는 데 4초), 1000이면 실제 시간
neuron-reset-hover = t = 0으로: 뉴런은 휴지 상태, 활동 전위 없음, 횟수 0 (설정은 그대로)
neuron-plasticity = 헤브의 규칙
neuron-plasticity-hover = 켜면 뉴런이 발화하기 전 10 ms 안에 활동 전위가 도착한 흥분성 시냅스마다 η만큼 강해집니다: Δw = η·x·y
neuron-inputs = 입력 뉴런과 시냅스
neuron-excitatory = 흥분성
neuron-inhibitory = 억제성
neuron-kind-hover = 클릭해서 전환: 흥분성 시냅스는 V를 올리고 억제성 시냅스는 V를 내립니다
neuron-fire = { $name } 발화
neuron-fire-hover = 이 입력 뉴런이 지금 발화합니다. 활동 전위가 축삭돌기를 따라 4 ms 이동해 시냅스에 닿습니다(시계가 움직이는 동안)
neuron-strength-hover = { $name }의 시냅스 세기 w: 활동 전위가 도착할 때마다 V가 w mV만큼 오르거나(흥분성) 내려갑니다(억제성)
neuron-unit-rate = Hz
neuron-rate-hover = 평균 발화율: 입력 뉴런이 1초에 평균 이만큼 무작위로 발화합니다 (0: 직접 발화시킬 때만)
neuron-in-trial = 발화 시각
neuron-in-trial-hover = 이 입력 뉴런이 시행마다 발화하는지 (발화해야 매컬록–피츠 입력이 1이 될 수 있습니다)
neuron-fire-at-hover = 시행에서 입력 뉴런이 발화하는 시각. 활동 전위는 4 ms 뒤에 시냅스에 닿습니다
neuron-add-input = 입력 추가
neuron-add-input-hover = 흥분성 입력 뉴런 하나 더 (최대 5개)
neuron-remove-input = 입력 제거
neuron-remove-input-hover = 마지막 입력 뉴런 제거 (최소 3개는 남음)
neuron-cell = 뉴런
neuron-unit-ms = ms
neuron-unit-mv = mV
neuron-tau-hover = 막 시간 상수 τ: V가 휴지 전위로 새어 나가는 빠르기. 짧을수록 입력이 더 가까이 도착해야 합쳐집니다
neuron-threshold-hover = 임곗값 θ (휴지 전위보다 높은 mV): V가 여기에 이르면 뉴런이 발화하고 V는 휴지 전위로 돌아갑니다
neuron-refractory-hover = 불응기 t_ref: 발화한 뒤 이 시간 동안 V는 휴지 전위에 머물고 뉴런은 발화할 수 없습니다
neuron-mp-heading = 매컬록–피츠 뉴런으로 읽기
neuron-window = 시간 창
neuron-window-hover = 매컬록–피츠 뉴런의 시간 창: 첫 입력이 발화한 뒤 이 시간 안에 발화한 입력을 활성화된 입력(x = 1)으로 셉니다
neuron-mp-needed = 임곗값 { $k }: 흥분성 입력 { $k }개가 함께 도착하면 θ = { $theta } mV에 이릅니다
neuron-mp-never = 임곗값 없음: 흥분성 입력이 모두 함께 도착해도 θ에 이르지 못합니다
neuron-mp-and = 흥분성 입력 { $n }개에서 이것은 AND입니다: 모두 활성화되어야 합니다
neuron-mp-or = 흥분성 입력 { $n }개에서 이것은 OR입니다: 하나만 활성화되어도 충분합니다
neuron-mp-veto = 활성화된 억제성 입력이 거부합니다: y = 0
neuron-mp-unequal = 세기가 서로 다릅니다. 매컬록–피츠 뉴런의 선은 세기와 상관없이 1로 세므로, 가장 약한 입력들로 셉니다.
neuron-mp-lif-fired = 지난 시행에서 LIF 뉴런이 발화했습니다
neuron-mp-lif-silent = 지난 시행에서 LIF 뉴런이 발화하지 않았습니다
neuron-mp-lif-waiting = 첫 시행이 아직 진행 중입니다
neuron-mp-agree = 두 결과가 같습니다
neuron-mp-differ = 두 결과가 다릅니다: 입력이 뉴런이 더하는 시간보다 넓게 퍼져 있거나, 억제성 입력이 너무 늦게 왔습니다
neuron-mp-stale = 지난 시행이 시작된 뒤 입력이나 뉴런을 바꿨습니다. 다음 시행에서 알 수 있습니다
neuron-hebb-heading = 헤브의 규칙: 함께 발화하는 세포는 서로 연결된다
neuron-hebb-rule = 뉴런이 발화하기 전 { $window } ms 안에 활동 전위가 도착한 흥분성 시냅스는 x = 1, 뉴런이 발화하면 y = 1입니다. w는 커지기만 하고 목표 값은 쓰지 않습니다.
neuron-hebb-rate-hover = 헤브의 규칙의 학습률 η: 시냅스가 뉴런의 발화를 도울 때마다 커지는 mV
neuron-hebb-last = 마지막 변화 t = { $time } ms: { $changes }
neuron-hebb-none-yet = 아직 변화 없음: 헤브의 규칙을 켠 뒤로 뉴런이 발화하지 않았습니다
neuron-perceptron-heading = 퍼셉트론 학습 규칙
neuron-perceptron-rule = 오차가 있을 때만 목표 y 쪽으로 w를 바꿉니다. 발화해야 했는데 하지 않았으면 +η·x, 발화하지 말아야 했는데 발화했으면 −η·x, 맞았으면 아무것도 바꾸지 않습니다.
neuron-compare-needs-trial = 동시 도착 시행을 실행하면 한 시행에서 두 규칙을 비교할 수 있습니다.
neuron-target = 목표
neuron-target-hover = 퍼셉트론 학습 규칙의 목표 y: 이 시행의 입력에서 뉴런이 발화해야 하는가?
neuron-compare-hebb = 헤브 Δw
neuron-compare-perceptron = 퍼셉트론 Δw
neuron-axis-time = t (ms)
neuron-axis-trial-time = 시행 안의 t (ms)
neuron-axis-v = V (mV)
neuron-threshold = 임곗값 θ
neuron-spike = 활동 전위
neuron-arrival = 시냅스 도착
neuron-previous-trial = 이전 시행
neuron-trace-hover = 시간에 따른 막전위 V: 입력이 도착할 때마다(아래쪽 표시, 입력의 색) 뛰어오르고, 휴지 전위로 새어 나가며, θ(점선)에 이르면 발화합니다. 동시 도착 시행에서 색칠한 띠는 매컬록–피츠 뉴런의 시간 창입니다
neuron-part-cell-body = 세포체
neuron-part-cell-body-hover = 세포체는 수상돌기가 가져온 신호를 더합니다. 여기서 색은 막전위 V입니다. V가 임곗값에 이르면 축삭돌기로 활동 전위를 내보냅니다.
neuron-part-nucleus = 핵
neuron-part-nucleus-hover = 핵에는 세포의 DNA가 있습니다. 여기서 다루는 신호 전달에는 참여하지 않습니다.
neuron-part-dendrites = 수상돌기
neuron-part-dendrites-hover = 수상돌기: 나뭇가지 모양의 돌기로, 시냅스에서 다른 뉴런의 신호를 받아 세포체로 전달합니다.
neuron-part-axon = 축삭돌기
neuron-part-axon-hover = 축삭돌기: 아주 긴 돌기 하나로, 길이는 세포체의 몇 배에서 4만 배까지 다양합니다. 활동 전위가 이를 따라 다른 뉴런으로 이동합니다.
neuron-part-telodendria = 축삭끝가지
neuron-part-telodendria-hover = 축삭끝가지: 축삭돌기 끝의 가지들입니다.
neuron-part-terminals = 시냅스 말단
neuron-part-terminals-hover = 시냅스 말단: 축삭끝가지의 끝으로, 다른 뉴런의 수상돌기나 세포체에 연결됩니다. 활동 전위가 도착하면 신경 전달 물질을 내보냅니다.
neuron-part-synapse = 시냅스
neuron-part-synapse-hover = 시냅스: 입력 뉴런의 시냅스 말단이 수상돌기에 닿은 곳입니다. 활동 전위가 도착하면 신경 전달 물질이 나와 짧은 전류가 들어옵니다. 흥분성(파랑)은 V를 올리고 억제성(빨강)은 내립니다. 끝의 크기가 세기입니다.
neuron-input-neuron-hover = 입력 뉴런 { $name }: 클릭하면 지금 발화합니다
status-neuron-running-hover = 뉴런 실습의 시계가 움직이는지
status-neuron-time = t = { $ms } ms
status-neuron-time-hover = 초기화 이후의 모델 시간 (느린 동작: 속도 슬라이더 참고)
status-neuron-v = V = { $mv } mV
status-neuron-v-hover = 지금의 막전위 (휴지 전위보다 높은 mV)
status-neuron-spikes = 발화 { $count }회
status-neuron-spikes-hover = 초기화 이후 뉴런이 일으킨 활동 전위의 수
lesson-goal-coincident-spikes = 동시 도착으로 일어난 발화 (몇 ms 안에 도착한 두 입력, 하나로는 부족) 횟수 { $bounds }{ $now }
lif-value-current = 전류 I
lif-value-tau = τ
lif-value-threshold = 임곗값
lif-value-refractory = 불응기
lif-value-duration = 시뮬레이션 시간
lif-error-not-finite = { $what }은(는) 유한한 수여야 합니다. 받은 값: { $value }
lif-error-tau = 막 시간 상수 τ는 0 ms보다 커야 합니다. 받은 값: { $value }
lif-error-threshold = 임곗값은 휴지 전위 0보다 커야 합니다. 받은 값: { $value }
lif-error-refractory = 불응기는 0 ms 이상이어야 합니다. 받은 값: { $value }
lif-error-duration = 시뮬레이션 시간은 0에서 { $limit } ms 사이여야 합니다. 받은 값: { $value }
lif-error-too-many-spikes = 전류 { $value }에서는 뉴런이 { $limit }번보다 많이 발화합니다. 전류를 낮추거나, 시간을 줄이거나, 불응기를 더하세요
cli-neuron-refused = { $flag }: { $reason }
cli-neuron-spikes = 발화 { $count }회, 시각(ms):
cli-neuron-none-yet = { $duration } ms 안에 발화 없음 (첫 발화는 그 뒤)
cli-neuron-never = 발화 없음: 전류 { $current }가 임곗값 { $threshold }보다 크지 않으므로 V가 임곗값에 이르지 못합니다
cli-about-neuron = 일정한 전류를 받는 누설 적분 발화 뉴런의 발화 시각
cli-neuron-current = 입력 전류 I (V_rest = 0, R = 1: R·I는 임곗값과 같은 단위)
cli-neuron-tau-ms = 막 시간 상수 τ, ms (0보다 큼)
cli-neuron-threshold = 임곗값 V. 휴지 전위와 재설정 값은 0
cli-neuron-refractory-ms = 발화 뒤 불응기, ms (기본값 0)
cli-neuron-duration-ms = 시뮬레이션 시간, ms (기본값 100, 최대 10000)
cli-neuron-json = 마지막 줄에 {"{"}"spike_times_ms": [...], "model": "lif"{"}"} 출력
